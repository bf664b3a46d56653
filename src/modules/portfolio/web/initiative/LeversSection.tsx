// How each of the catalogue's five levers is handled in the initiative.
import { useTranslation } from 'react-i18next';
import { LEVERS } from '../../domain/initiative.js';
import { TextField } from './fields.js';
import type { FormState } from './types.js';

export function LeversSection({ v, set }: FormState) {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="h3">{t('modules.portfolio.levers')}</h2>
      {LEVERS.map((l) => (
        <TextField
          key={l}
          id={`i-lever-${l}`}
          label={t(`modules.portfolio.leverNames.${l}`)}
          rows={2}
          value={v.levers[l] ?? ''}
          onChange={(x) => set('levers', { ...v.levers, [l]: x })}
        />
      ))}
    </>
  );
}
