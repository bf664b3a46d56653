import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's h1 (focus target after navigation) and the document title. */
export function PageHeading({
  children,
  title,
  lead,
}: {
  children: ReactNode;
  title: string;
  lead?: ReactNode;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <>
      <h1 tabIndex={-1} className="rt-h1">
        {children}
      </h1>
      {lead ? <p className="font-lead rt-lead">{lead}</p> : null}
    </>
  );
}
