// The decision letter (afgørelse om aktindsigt): what was asked, what is released, what is withheld and why
// (FVL §§ 22 and 24: the rules applied, the main considerations and the facts), meroffentlighed (OFL § 14),
// extraction (OFL §§ 28–29) and a complaint guide (FVL § 25). Pure: builds the text, renders nothing.
import type { PlainDate } from '../../../platform/calendar/index.js';
import { complaintGuide, type AppealBody } from './appeal.js';
import { LAW_NAMES, type Law } from './deadlines.js';
import { summariseDecisions, groundsOf, type DocumentDecisionInput } from './document-decision.js';
import { legalBasis } from './legal-basis.js';
import { danishDate, danishList, plural, type Letter, type LetterSection } from './letters.js';

export interface GroundReasoning {
  /** The main considerations of the assessment (hovedhensyn), written by the caseworker. */
  considerations: string;
  /** The facts the decision rests on, where essential. */
  facts: string;
}

export interface DecisionLetterInput {
  municipality: { name: string; unit: string | null; address: string[] };
  caseNumber: string;
  letterDate: PlainDate;
  requester: { name: string; address: string[] };
  received: PlainDate;
  subject: string;
  caseReferences: string[];
  laws: Law[];
  governingLaw: Law;
  documents: DocumentDecisionInput[];
  reasoning: Record<string, GroundReasoning>;
  /** The overall meroffentlighed assessment (OFL § 14), shown when anything is refused. */
  meroffentlighed: string | null;
  appealBody: AppealBody | null;
  caseworker: { name: string; title: string | null };
  /** Free paragraphs the caseworker adds before sending. */
  additionalParagraphs: string[];
}

export interface LetterProblem {
  code: string;
  da: string;
  en: string;
}

/** What is missing before a letter can be produced (the per-document checks run separately). */
export function checkLetterInput(input: DecisionLetterInput): LetterProblem[] {
  const problems: LetterProblem[] = [];
  const summary = summariseDecisions(input.documents);
  const refused = summary.outcome === 'partial' || summary.outcome === 'refused';
  for (const g of summary.grounds) {
    const r = input.reasoning[g.basisKey];
    if (!r || !r.considerations.trim()) {
      const citation = legalBasis(g.basisKey)?.citation ?? g.basisKey;
      problems.push({
        code: 'reasoning_missing',
        da: `Angiv hovedhensyn for ${citation}.`,
        en: `State the main considerations for ${citation}.`,
      });
    }
  }
  if (refused && !input.meroffentlighed?.trim()) {
    problems.push({
      code: 'meroffentlighed_missing',
      da: 'Beskriv vurderingen af meroffentlighed (offentlighedslovens § 14).',
      en: 'Describe the wider-access assessment (OFL § 14).',
    });
  }
  if (refused && !input.appealBody) {
    problems.push({
      code: 'appeal_body_missing',
      da: 'Angiv klageinstansen til klagevejledningen.',
      en: 'Name the appeal body for the complaint guide.',
    });
  }
  if (!input.caseworker.name.trim()) {
    problems.push({
      code: 'signature_missing',
      da: 'Brevet skal underskrives af sagsbehandleren.',
      en: 'The letter must be signed by the caseworker.',
    });
  }
  return problems;
}

/** Danish names of the screening labels (detection codes) for the reasons text. */
const LABEL_NAMES: Record<string, string> = {
  PERSON: 'navne',
  ADDRESS: 'adresser',
  CPR: 'CPR-numre',
  PHONE: 'telefonnumre',
  EMAIL: 'e-mailadresser',
  ACCOUNT: 'kontonumre',
  HEALTH: 'helbredsoplysninger',
};
const labelText = (label: string) => LABEL_NAMES[label] ?? label.toLowerCase();

function lawPhrase(laws: readonly Law[]): string {
  return danishList(laws.map((l) => LAW_NAMES[l].da));
}

export function buildDecisionLetter(input: DecisionLetterInput): Letter {
  const docs = [...input.documents].sort((a, b) => a.number - b.number);
  const summary = summariseDecisions(docs);
  const covered = docs.filter((d) => d.decision && d.decision !== 'not_covered');
  const numbers = (pred: (d: DocumentDecisionInput) => boolean) => docs.filter(pred).map((d) => d.number);
  const sections: LetterSection[] = [];

  const asked = [`Du bad den ${danishDate(input.received)} om aktindsigt i: ${input.subject}`];
  if (input.caseReferences.length > 0)
    asked.push(`Anmodningen vedrører sag ${danishList(input.caseReferences)}.`);
  asked.push(
    `Vi har behandlet anmodningen efter ${lawPhrase(input.laws)}` +
      (input.laws.length > 1 ? `, og du får den adgang, der er mest vidtgående efter reglerne.` : '.'),
  );
  sections.push({ key: 'request', heading: 'Din anmodning', paragraphs: asked });

  const outcomeText: Record<typeof summary.outcome, string> = {
    full: 'Du får aktindsigt i alle dokumenter, der er omfattet af din anmodning.',
    partial: 'Du får delvis aktindsigt.',
    refused: 'Du får ikke aktindsigt i de dokumenter, der er omfattet af din anmodning.',
    nothing_covered: 'Vi har ikke fundet dokumenter, der er omfattet af din anmodning.',
  };
  const result = [outcomeText[summary.outcome]];
  const released = numbers((d) => d.decision === 'release');
  const partial = numbers((d) => d.decision === 'partial');
  const withheld = numbers((d) => d.decision === 'withhold');
  if (released.length)
    result.push(
      `Du får fuld aktindsigt i ${plural(released.length, 'dokument', 'dokumenter')} (nr. ${danishList(released)}).`,
    );
  if (partial.length)
    result.push(
      `Du får delvis aktindsigt i ${plural(partial.length, 'dokument', 'dokumenter')} (nr. ${danishList(partial)}), hvor enkelte oplysninger er overstreget.`,
    );
  if (withheld.length)
    result.push(
      `Vi har undtaget ${plural(withheld.length, 'dokument', 'dokumenter')} (nr. ${danishList(withheld)}).`,
    );
  const notCovered = docs.filter((d) => d.decision === 'not_covered');
  if (notCovered.length)
    result.push(
      `${plural(notCovered.length, 'dokument', 'dokumenter')} på sagen er ikke omfattet af din anmodning (nr. ${danishList(notCovered.map((d) => d.number))}).`,
    );
  result.push(
    `Dokumenterne fremgår af den vedlagte aktliste (${plural(covered.length, 'dokument', 'dokumenter')}).`,
  );
  sections.push({ key: 'decision', heading: 'Afgørelse', paragraphs: result });

  if (summary.grounds.length > 0) {
    const reasons: string[] = [];
    for (const g of summary.grounds) {
      const basis = legalBasis(g.basisKey);
      const citation = basis?.citation ?? g.basisKey;
      const docsText = `dokument nr. ${danishList(g.numbers)}`;
      const labels = [
        ...new Set(
          docs
            .filter((d) => g.numbers.includes(d.number))
            .flatMap((d) => d.redactions.filter((r) => r.basisKey === g.basisKey).map((r) => r.label)),
        ),
      ];
      reasons.push(
        `${citation} (${basis?.da.toLowerCase() ?? ''}) er anvendt for ${docsText}` +
          (labels.length ? `: ${danishList([...new Set(labels.map(labelText))])}.` : '.'),
      );
      const r = input.reasoning[g.basisKey];
      if (r?.considerations.trim()) reasons.push(`Vi har lagt vægt på: ${r.considerations.trim()}`);
      if (r?.facts.trim()) reasons.push(`Vi har lagt følgende faktiske forhold til grund: ${r.facts.trim()}`);
    }
    sections.push({ key: 'reasoning', heading: 'Begrundelse', paragraphs: reasons });
  }

  const extraction = docs.filter((d) => d.decision === 'withhold' && d.extractionNote?.trim());
  if (extraction.length > 0) {
    sections.push({
      key: 'extraction',
      heading: 'Ekstrahering af oplysninger',
      paragraphs: [
        'Selv om et dokument er undtaget som internt, har du ret til de oplysninger om sagens faktiske grundlag og de faglige vurderinger, der indgår i det (offentlighedslovens §§ 28 og 29).',
      ],
      bullets: extraction.map((d) => `Dokument nr. ${d.number}: ${d.extractionNote!.trim()}`),
    });
  }

  const refused = summary.outcome === 'partial' || summary.outcome === 'refused';
  if (refused && input.meroffentlighed?.trim()) {
    sections.push({
      key: 'meroffentlighed',
      heading: 'Meroffentlighed',
      paragraphs: [
        `Vi har overvejet, om du kan få videre adgang efter reglerne om meroffentlighed (offentlighedslovens § 14). ${input.meroffentlighed.trim()}`,
      ],
    });
  }
  if (input.additionalParagraphs.some((p) => p.trim())) {
    sections.push({
      key: 'additional',
      heading: null,
      paragraphs: input.additionalParagraphs.map((p) => p.trim()).filter(Boolean),
    });
  }
  if (refused && input.appealBody) {
    sections.push({
      key: 'complaint',
      heading: 'Klagevejledning',
      paragraphs: complaintGuide(input.municipality.name, input.appealBody),
    });
  }

  return {
    sender: [
      input.municipality.name,
      ...(input.municipality.unit ? [input.municipality.unit] : []),
      ...input.municipality.address,
    ],
    recipient: [input.requester.name, ...input.requester.address],
    date: input.letterDate,
    caseNumber: input.caseNumber,
    title: 'Afgørelse om aktindsigt',
    sections,
    signature: [
      'Med venlig hilsen',
      '',
      input.caseworker.name,
      ...(input.caseworker.title ? [input.caseworker.title] : []),
      input.municipality.name,
    ],
  };
}

/** Grounds used across the documents, for the reasoning form in the UI. */
export function groundsNeedingReasoning(documents: readonly DocumentDecisionInput[]): string[] {
  return [...new Set(documents.flatMap((d) => groundsOf(d)))];
}
