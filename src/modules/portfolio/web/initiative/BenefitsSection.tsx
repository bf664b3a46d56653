// Benefits realisation: who owns the benefit, and the key figure (and unit) it is measured on, from a
// baseline towards a goal.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../web/api/client.js';
import { useCan } from '../../../../web/auth/session.js';
import type { TFigure } from '../../../insight/contract.js';
import { ChoiceField, NumberField, TextField } from './fields.js';
import type { FormState } from './types.js';

export function BenefitsSection({ v, set }: FormState) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const can = useCan();
  const figures = useQuery({
    queryKey: ['insight', 'figures'],
    queryFn: () => api<{ data: TFigure[] }>('/api/insight/figures'),
    enabled: can('insight.read'),
  });
  const units = useQuery({
    queryKey: ['org', 'units'],
    queryFn: () => api<{ units: { id: string; name: string }[] }>('/api/org/units'),
  });
  const figureName = new Map((figures.data?.data ?? []).map((f) => [f.id, f.name[lang]]));
  // Without access to management information the chosen figure is still shown (by its id) and kept.
  const figureIds = [
    ...figureName.keys(),
    ...(v.figureId && !figureName.has(v.figureId) ? [v.figureId] : []),
  ];
  const unitName = new Map((units.data?.units ?? []).map((u) => [u.id, u.name]));
  return (
    <>
      <h2 className="h3">{t('modules.portfolio.benefits')}</h2>
      <TextField
        id="i-benefit-owner"
        label={t('modules.portfolio.benefitOwner')}
        value={v.benefitOwner}
        onChange={(x) => set('benefitOwner', x)}
      />
      <div className="rt-portfolio-row">
        <ChoiceField
          id="i-figure"
          label={t('modules.portfolio.figure')}
          value={v.figureId}
          options={figureIds}
          optionLabel={(id) => figureName.get(id) ?? id}
          onChange={(x) => set('figureId', x)}
          none={t('modules.portfolio.noFigure')}
          onNone={() => set('figureId', null)}
        />
        <ChoiceField
          id="i-figure-unit"
          label={t('modules.insight.unit')}
          value={v.figureUnitId}
          options={[...unitName.keys()]}
          optionLabel={(id) => unitName.get(id) ?? id}
          onChange={(x) => set('figureUnitId', x)}
          none={t('modules.insight.wholeMunicipality')}
          onNone={() => set('figureUnitId', null)}
        />
        <NumberField
          id="i-baseline"
          label={t('modules.portfolio.baseline')}
          value={v.baseline}
          onChange={(x) => set('baseline', x)}
        />
        <NumberField
          id="i-goal"
          label={t('modules.portfolio.goal')}
          value={v.goal}
          onChange={(x) => set('goal', x)}
        />
      </div>
    </>
  );
}
