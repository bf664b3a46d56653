// Building parts after Forvaltnings Klassifikation (the Danish successor of SfB): the groups a building survey
// (bygningssyn) grades. The list is the usual top-level set; a survey naming an unknown code is rejected.

export const FK_PARTS: Record<string, { da: string; en: string }> = {
  '12': { da: 'Fundamenter', en: 'Foundations' },
  '13': { da: 'Terrændæk', en: 'Ground slab' },
  '21': { da: 'Ydervægge', en: 'External walls' },
  '22': { da: 'Indervægge', en: 'Internal walls' },
  '23': { da: 'Dæk', en: 'Floors' },
  '24': { da: 'Trapper', en: 'Stairs' },
  '27': { da: 'Tage', en: 'Roofs' },
  '31': { da: 'Vinduer og yderdøre', en: 'Windows and external doors' },
  '32': { da: 'Indvendige døre', en: 'Internal doors' },
  '43': { da: 'Gulvbelægninger', en: 'Floor finishes' },
  '45': { da: 'Lofter', en: 'Ceilings' },
  '52': { da: 'Afløb', en: 'Drainage' },
  '53': { da: 'Vand', en: 'Water' },
  '56': { da: 'Varme', en: 'Heating' },
  '57': { da: 'Ventilation', en: 'Ventilation' },
  '63': { da: 'El-installationer', en: 'Electrical installations' },
  '66': { da: 'Elevatorer', en: 'Lifts' },
  '72': { da: 'Terræn og belægninger', en: 'Grounds and paving' },
};

export function isFkCode(code: string): boolean {
  return Object.hasOwn(FK_PARTS, code);
}

/** Condition figure of a building: importance-free mean of the latest grade per part (1 best … 5 worst). */
export function conditionGrade(grades: readonly number[]): number | null {
  if (grades.length === 0) return null;
  return Math.round((grades.reduce((a, b) => a + b, 0) / grades.length) * 100) / 100;
}
