// What saving a document's decision found: nothing missing, or the problems the server reported.
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../web/components/Alert.js';

export function SaveResult({ problems }: { problems: { da: string; en: string }[] }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return problems.length ? (
    <Alert variant="warning" heading={t('modules.records.review.savedWithProblems')}>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{en ? p.en : p.da}</li>
        ))}
      </ul>
    </Alert>
  ) : (
    <Alert variant="success" heading={t('modules.records.review.saved')} />
  );
}
