import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ToastVariant = 'success' | 'info' | 'warning' | 'error';
export type Toast = { id: number; variant: ToastVariant; heading: string; content?: string };

type Push = (toast: Omit<Toast, 'id'>) => void;
const ToastContext = createContext<Push>(() => undefined);

export function useToast(): Push {
  return useContext(ToastContext);
}

let nextId = 1;

/** DKFDS toasts in a polite live region; each stays until closed or for 10 seconds. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const close = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);
  const push = useCallback<Push>(
    (toast) => {
      const id = nextId++;
      setToasts((all) => [...all.slice(-3), { ...toast, id }]);
      setTimeout(() => close(id), 10_000);
    },
    [close],
  );
  const value = useMemo(() => push, [push]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toast-container" aria-live="polite" aria-relevant="additions">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.variant} show`} aria-atomic="true">
            <div className="toast-icon" />
            <div className="toast-message">
              <p>
                <span className="sr-only">{t(`alert.${toast.variant}`)}: </span>
                <strong id={`toast-${toast.id}-heading`}>{toast.heading}</strong>
              </p>
              {toast.content ? <p>{toast.content}</p> : null}
              <button
                type="button"
                className="toast-close"
                aria-describedby={`toast-${toast.id}-heading`}
                onClick={() => close(toast.id)}
              >
                {t('common.close')}
              </button>
            </div>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
