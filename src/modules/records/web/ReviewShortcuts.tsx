// The review viewer's keyboard shortcuts, folded away under the progress.
import { useTranslation } from 'react-i18next';

export function ReviewShortcuts() {
  const { t } = useTranslation();
  return (
    <details>
      <summary>{t('modules.records.review.shortcuts')}</summary>
      <ul>
        <li>
          <kbd>j</kbd> / <kbd>k</kbd>: {t('modules.records.review.keyNext')}
        </li>
        <li>
          <kbd>a</kbd>: {t('modules.records.review.accept')}
        </li>
        <li>
          <kbd>r</kbd>: {t('modules.records.review.reject')}
        </li>
        <li>
          <kbd>n</kbd>: {t('modules.records.review.keyAdd')}
        </li>
        <li>{t('modules.records.review.keyMove')}</li>
        <li>
          <kbd>+</kbd> / <kbd>-</kbd>: {t('modules.records.review.zoom')}
        </li>
        <li>{t('modules.records.review.keyDraw')}</li>
      </ul>
    </details>
  );
}
