// A document's check state as a marker: screened and reviewed, or what is missing (unscreened, unsupported,
// failed, duplicate, suggestions not reviewed). Shown wherever documents are listed.
import { useTranslation } from 'react-i18next';
import type { TDocument } from '../contract.js';

export function DocumentCheck({
  doc,
}: {
  doc: Pick<TDocument, 'flags' | 'unreviewed' | 'suggestionCount' | 'screeningStatus'>;
}) {
  const { t } = useTranslation();
  if (doc.flags.length === 0)
    return (
      <span className="badge badge-small badge-success">
        {t('modules.records.flags.ok', { count: doc.suggestionCount })}
      </span>
    );
  return (
    <ul className="nobullet-list" data-testid="document-flags">
      {doc.flags.map((f) => (
        <li key={f}>
          <span
            className={`badge badge-small ${f === 'unreviewed' || f === 'unscreened' ? 'badge-warning' : 'badge-error'}`}
          >
            {f === 'unreviewed'
              ? t('modules.records.flags.unreviewed', { count: doc.unreviewed })
              : doc.screeningStatus === 'pending' && f === 'unscreened'
                ? t('modules.records.flags.pending')
                : t(`modules.records.flags.${f}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
