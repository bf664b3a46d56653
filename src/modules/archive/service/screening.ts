// Screening of one archive document: the municipality's rules first (protected property → locked, case
// type never published or open case → withheld), then the redaction pipeline under the *publication*
// policy (OCR where there is no text layer, detection, genuine redaction, verification of the output, all in
// the redaction module's worker pool), then the decision (published / held for review) with its reason.
// The heavy work runs outside any transaction; the result is saved by the caller's `save` (a job step).
import * as mupdf from 'mupdf';
import { withTenant, type Db } from '../../../platform/db/database.js';
import { readAll, type DocumentStore } from '../../../platform/documents/store.js';
import {
  RedactionError,
  sharedRedactionPool,
  type TManualBox,
  type TRedactionPool,
  type TRejection,
} from '../../redaction/index.js';
import { ocrQuality, ruleDecision, screeningDecision, type TDecision } from '../domain/publication.js';
import { loadSettings } from './settings.js';

export type TStoredSuggestion = {
  id: string;
  page: number;
  boxes: [number, number, number, number][];
  label: string;
  legalBasis: string;
  confidence: number;
  source: 'text' | 'ocr';
};

export type TScreeningResult = {
  decision: TDecision;
  pages?: number;
  publishedSha256?: string | null;
  publishedText?: string | null;
  ocrUsed?: boolean;
  suggestions?: TStoredSuggestion[];
};

type TLoaded = {
  state: string;
  reason_detail: string | null;
  sha256: string;
  filename: string;
  manual_boxes: TManualBox[];
  rejected: TRejection[];
  case_type: string;
  closed: boolean;
  parties: string[];
  staff: string[];
  address_text: string;
  street: string;
  house_number: string | null;
  protected: boolean;
};

async function load(db: Db, tenantId: string, documentId: string) {
  return withTenant(db, tenantId, async (tx) => {
    const doc = (
      await tx.sql.query<TLoaded>(
        `SELECT d.state, d.reason_detail, d.sha256, d.filename, d.manual_boxes, d.rejected, c.case_type, c.closed, c.parties, c.staff,
                p.address_text, p.street, p.house_number, p.protected
           FROM archive_documents d JOIN archive_cases c ON c.id = d.case_id JOIN archive_properties p ON p.id = c.property_id
          WHERE d.id = $1`,
        [documentId],
      )
    ).rows[0];
    return doc ? { doc, settings: await loadSettings(tx) } : null;
  });
}

/** Text per page of a PDF (the published copy: what a visitor can read, incl. the invisible OCR layer). */
export function pageTexts(pdf: Uint8Array): string[] {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
  try {
    const out: string[] = [];
    for (let i = 0; i < doc.countPages(); i++) {
      const page = doc.loadPage(i);
      const st = page.toStructuredText('preserve-whitespace');
      out.push(st.asText());
      st.destroy();
      page.destroy();
    }
    return out;
  } finally {
    doc.destroy();
  }
}

/**
 * Screens a document. `reviewed`: a caseworker's decision is being carried out (manual boxes and rejected
 * suggestions applied); the result is published, not judged again.
 */
export async function screenArchiveDocument(
  db: Db,
  store: DocumentStore,
  tenantId: string,
  documentId: string,
  options: { reviewed?: boolean; pool?: TRedactionPool } = {},
): Promise<TScreeningResult | null> {
  const loaded = await load(db, tenantId, documentId);
  if (!loaded) return null;
  const { doc, settings } = loaded;
  if (!options.reviewed) {
    const rule = ruleDecision(settings, {
      caseType: doc.case_type,
      closed: doc.closed,
      protectedProperty: doc.protected,
    });
    if (rule) return { decision: rule, publishedSha256: null, publishedText: null };
  }
  const bytes = await readAll(store, doc.sha256);
  const pool = options.pool ?? sharedRedactionPool();
  const keep = [doc.address_text, [doc.street, doc.house_number].filter(Boolean).join(' ')];
  let redacted;
  try {
    redacted = await pool.redact(bytes, {
      context: { case_type: 'publication', parties: doc.parties, staff: doc.staff, keep },
      name: doc.filename,
      manual: doc.manual_boxes,
      reject: doc.rejected,
    });
  } catch (error) {
    if (error instanceof RedactionError)
      return {
        decision: { state: 'failed', reason: 'screening_failed', detail: error.message },
        publishedSha256: null,
        publishedText: null,
      };
    throw error;
  }
  const texts = pageTexts(redacted.pdf);
  const ocrPages = redacted.analysis.pages
    .filter((p) => p.ocr)
    .map((p) => ({ page: p.page, ...ocrQuality(texts[p.page - 1] ?? '') }));
  const rejectedIds = new Set(doc.rejected.filter((r): r is string => typeof r === 'string'));
  const suggestions: TStoredSuggestion[] = redacted.analysis.suggestions
    .filter((s) => !rejectedIds.has(s.id))
    .map((s) => ({
      id: s.id,
      page: s.page,
      boxes: s.boxes,
      label: s.label,
      legalBasis: s.legalBasis,
      confidence: s.confidence,
      source: s.source,
    }));
  const text = texts.join('\n\f');
  const stored = await store.put(redacted.pdf);
  // After review the caseworker's changes are carried out: published as approved, with the reason they gave.
  const decision: TDecision = options.reviewed
    ? { state: 'published', reason: 'approved', detail: doc.reason_detail ?? '' }
    : screeningDecision(settings, { ocrPages, suggestions, text });
  return {
    decision,
    pages: redacted.report.pages,
    publishedSha256: stored.sha256,
    publishedText: text,
    ocrUsed: redacted.report.ocr,
    suggestions,
  };
}
