// The caseworker's edits of a generated letter (decision letter or fristbrev). Each edit replaces the text of
// one generated section and remembers the generated text it was based on: when the system would now write
// something else there (a decision or a reason changed after the edit), the edit is "stale" and the letter
// cannot be sent until the caseworker has looked at it again. Sections the law requires (the outcome, the
// reasons, the complaint guide, the signature …) may be reworded but not emptied. Pure.
import type { Letter, LetterSection } from './letters.js';

export interface SectionEdit {
  /** The caseworker's text: paragraphs separated by a blank line, bullet lines starting with "• ". */
  text: string;
  /** The generated text at the time of the edit. */
  basedOn: string;
}
export type SectionEdits = Record<string, SectionEdit>;

/** The signature is edited like a section under this key (one line per line). */
export const SIGNATURE_KEY = 'signature';
/** Sections that may be emptied: free text the caseworker added. */
const OPTIONAL_KEYS = new Set(['additional', 'request']);

export interface EditableSection {
  key: string;
  heading: string | null;
  /** The text as it will be sent: the edit when there is one, otherwise the generated text. */
  text: string;
  generated: string;
  edited: boolean;
  stale: boolean;
  required: boolean;
}

export interface EditProblem {
  code: 'section_stale' | 'section_empty';
  key: string;
  da: string;
  en: string;
}

const BULLET = '• ';

/** A section as editable text. */
export function sectionText(section: Pick<LetterSection, 'paragraphs' | 'bullets'>): string {
  const blocks = section.paragraphs.map((p) => p.trim());
  if (section.bullets?.length) blocks.push(section.bullets.map((b) => `${BULLET}${b.trim()}`).join('\n'));
  return blocks.filter(Boolean).join('\n\n');
}

/** Editable text back into paragraphs and bullets; line breaks inside a paragraph become spaces. */
export function parseSectionText(text: string): { paragraphs: string[]; bullets: string[] } {
  const paragraphs: string[] = [];
  const bullets: string[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const prose: string[] = [];
    for (const line of lines) {
      if (line.startsWith('•') || line.startsWith('- ')) bullets.push(line.replace(/^(•|-)\s*/, ''));
      else prose.push(line);
    }
    if (prose.length) paragraphs.push(prose.join(' '));
  }
  return { paragraphs, bullets };
}

const signatureText = (letter: Letter) => letter.signature.join('\n');
const normalise = (text: string) => text.replace(/\r\n?/g, '\n').trim();

/** The generated sections with the caseworker's edits, for the editor. */
export function editableSections(letter: Letter, edits: SectionEdits): EditableSection[] {
  const rows: EditableSection[] = letter.sections
    .filter((s): s is LetterSection & { key: string } => Boolean(s.key))
    .map((s) => ({ key: s.key, heading: s.heading, generated: sectionText(s) }))
    .concat([{ key: SIGNATURE_KEY, heading: null, generated: signatureText(letter) }])
    .map((row) => {
      const edit = edits[row.key];
      return {
        ...row,
        text: edit ? edit.text : row.generated,
        edited: Boolean(edit),
        stale: Boolean(edit) && normalise(edit!.basedOn) !== normalise(row.generated),
        required: !OPTIONAL_KEYS.has(row.key),
      };
    });
  return rows;
}

/**
 * Records an edit of `key`: text equal to the generated text (or null) removes the edit; otherwise the edit is
 * based on the text the system generates now. Unknown keys are refused, so a client cannot add sections.
 */
export function recordEdit(
  letter: Letter,
  edits: SectionEdits,
  key: string,
  text: string | null,
): SectionEdits {
  const row = editableSections(letter, {}).find((s) => s.key === key);
  if (!row) throw new RangeError(`the letter has no section "${key}"`);
  const next = { ...edits };
  if (text === null || normalise(text) === normalise(row.generated)) delete next[key];
  else next[key] = { text: normalise(text), basedOn: row.generated };
  return next;
}

/** Stale edits and emptied required sections block sending. */
export function checkEdits(letter: Letter, edits: SectionEdits): EditProblem[] {
  const problems: EditProblem[] = [];
  for (const s of editableSections(letter, edits)) {
    const name = s.heading ?? (s.key === SIGNATURE_KEY ? 'Underskrift' : 'Brevtekst');
    const nameEn = s.key === SIGNATURE_KEY ? 'signature' : s.heading ? `"${s.heading}"` : 'letter text';
    if (s.stale)
      problems.push({
        code: 'section_stale',
        key: s.key,
        da: `Systemets tekst til afsnittet "${name}" er ændret, efter du redigerede det. Gennemse afsnittet.`,
        en: `The generated text of the section ${nameEn} changed after you edited it. Review the section.`,
      });
    if (s.required && s.edited && !s.text.trim())
      problems.push({
        code: 'section_empty',
        key: s.key,
        da: `Afsnittet "${name}" skal med i brevet og må ikke være tomt.`,
        en: `The section ${nameEn} is required and cannot be empty.`,
      });
  }
  return problems;
}

/** The letter as it will be sent: edited sections replace the generated ones; emptied optional ones go. */
export function applyEdits(letter: Letter, edits: SectionEdits): Letter {
  const sections: LetterSection[] = [];
  for (const s of letter.sections) {
    const edit = s.key ? edits[s.key] : undefined;
    if (!edit) {
      sections.push(s);
      continue;
    }
    const parsed = parseSectionText(edit.text);
    if (parsed.paragraphs.length === 0 && parsed.bullets.length === 0) continue;
    sections.push({ key: s.key, heading: s.heading, paragraphs: parsed.paragraphs, bullets: parsed.bullets });
  }
  const signature = edits[SIGNATURE_KEY];
  return {
    ...letter,
    sections,
    signature: signature ? signature.text.split('\n').map((l) => l.trim()) : letter.signature,
  };
}

/** Reads stored edits defensively (the draft is JSON from the database). */
export function editsFrom(value: unknown): SectionEdits {
  const out: SectionEdits = {};
  if (!value || typeof value !== 'object') return out;
  for (const [key, edit] of Object.entries(value as Record<string, unknown>)) {
    const e = edit as Partial<SectionEdit> | null;
    if (e && typeof e.text === 'string' && typeof e.basedOn === 'string')
      out[key] = { text: e.text, basedOn: e.basedOn };
  }
  return out;
}
