// Why a document is where it is, in the reader's language. The reason code is translated; the stored detail
// is shown only when a person wrote it (the caseworker's reason) or it is an error message. The screening's
// own details are English sentences (domain/publication.ts) whose page numbers and labels are picked out
// here, so a Danish page shows no English.
import { useTranslation } from 'react-i18next';

type TReasoned = { reason: string | null; reasonDetail: string | null };

const WRITTEN = new Set([
  'approved',
  'withheld_by_caseworker',
  'locked_by_caseworker',
  'redaction_changed',
  'screening_failed',
]);

/** The translated name of a detection label (CPR → "CPR-nummer"). */
export function useLabel(): (label: string) => string {
  const { t } = useTranslation();
  return (label) => t(`modules.archive.review.labels.${label}`, { defaultValue: label });
}

export function useReasonText(): (d: TReasoned) => string {
  const { t } = useTranslation();
  const label = useLabel();
  return (d) => {
    if (!d.reason) return '';
    const reason = t(`modules.archive.staff.reasons.${d.reason}`, { defaultValue: d.reason });
    const detail = d.reasonDetail?.trim() ?? '';
    if (WRITTEN.has(d.reason)) return detail ? `${reason} – ${detail}` : reason;
    if (d.reason === 'low_ocr_quality' || d.reason === 'image_page') {
      const pages = /[Pp]age ([\d, ]*\d)/.exec(detail)?.[1];
      return pages ? `${reason} (${t('modules.archive.staff.onPages', { pages })})` : reason;
    }
    if (d.reason === 'unsure_detection') {
      const labels = /\(([A-Z_, ]+)\)\.?$/.exec(detail)?.[1];
      return labels ? `${reason} (${labels.split(/,\s*/).map(label).join(', ')})` : reason;
    }
    return reason;
  };
}
