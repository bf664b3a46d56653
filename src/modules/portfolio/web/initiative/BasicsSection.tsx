// What the initiative is: title, descriptions, area, phase, status, visibility, owner, KLE, systems, maturity.
import { useTranslation } from 'react-i18next';
import { AREAS, PHASES, STATUSES, VISIBILITIES } from '../../domain/initiative.js';
import { ChoiceField, TextField } from './fields.js';
import type { FormState } from './types.js';

export function BasicsSection({ v, set }: FormState) {
  const { t } = useTranslation();
  const p = (key: string) => t(`modules.portfolio.${key}`);
  return (
    <>
      <TextField id="i-title" label={p('titleLabel')} value={v.title} onChange={(x) => set('title', x)} />
      <TextField id="i-summary" label={p('summary')} value={v.summary} onChange={(x) => set('summary', x)} />
      <TextField
        id="i-description"
        label={p('description')}
        rows={4}
        value={v.description}
        onChange={(x) => set('description', x)}
      />
      <div className="rt-portfolio-row">
        <ChoiceField
          id="i-area"
          label={p('area')}
          value={v.area}
          options={AREAS}
          optionLabel={(a) => p(`areas.${a}`)}
          onChange={(x) => set('area', x)}
        />
        <ChoiceField
          id="i-phase"
          label={p('phase')}
          value={v.phase}
          options={PHASES}
          optionLabel={(x) => p(`phases.${x}`)}
          onChange={(x) => set('phase', x)}
        />
        <ChoiceField
          id="i-status"
          label={p('status')}
          value={v.status}
          options={STATUSES}
          optionLabel={(x) => p(`statuses.${x}`)}
          onChange={(x) => set('status', x)}
        />
        <ChoiceField
          id="i-visibility"
          label={p('visibility')}
          value={v.visibility}
          options={VISIBILITIES}
          optionLabel={(x) => p(`visibilities.${x}`)}
          onChange={(x) => set('visibility', x)}
        />
      </div>
      <div className="rt-portfolio-row">
        <TextField id="i-owner" label={p('owner')} value={v.owner} onChange={(x) => set('owner', x)} />
        <TextField
          id="i-contact"
          label={p('contact')}
          value={v.contact}
          onChange={(x) => set('contact', x)}
        />
        <TextField
          id="i-kle"
          label={p('kle')}
          hint={p('kleHint')}
          narrow
          value={v.kle ?? ''}
          onChange={(x) => set('kle', x.trim() || null)}
        />
      </div>
      <TextField
        id="i-systems"
        label={p('systems')}
        value={v.systems.join(', ')}
        onChange={(x) =>
          set(
            'systems',
            x.split(',').map((s) => s.trimStart()),
          )
        }
        onBlur={() => set('systems', v.systems.map((s) => s.trim()).filter(Boolean))}
      />
      <ChoiceField
        id="i-maturity"
        label={p('maturity')}
        value={v.maturityLevel}
        options={[1, 2, 3, 4] as const}
        optionLabel={(l) => p(`levels.${l}`)}
        onChange={(x) => set('maturityLevel', x)}
        none="–"
        onNone={() => set('maturityLevel', null)}
      />
    </>
  );
}
