import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.js';

export type AlertVariant = 'info' | 'success' | 'warning' | 'error';

const ICONS: Record<AlertVariant, string> = {
  info: 'info',
  success: 'success',
  warning: 'warning',
  error: 'error',
};

/** DKFDS alert; warnings and errors are announced (role="alert"). */
export function Alert(props: {
  variant: AlertVariant;
  heading?: string;
  children?: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  const { variant, heading, children, className } = props;
  const urgent = variant === 'warning' || variant === 'error';
  return (
    <div
      className={`alert alert-${variant}${className ? ` ${className}` : ''}`}
      role={urgent ? 'alert' : undefined}
      aria-live={urgent ? undefined : 'polite'}
    >
      <Icon name={ICONS[variant]} className="alert-icon" label={t(`alert.${variant}`)} />
      <div className="alert-body">
        {heading ? <h2 className="alert-heading h3">{heading}</h2> : null}
        {children ? <div className="alert-text">{children}</div> : null}
      </div>
    </div>
  );
}
