import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { Alert } from '../../../web/components/Alert.js';
import { formatDate, formatNumber } from '../../../web/format.js';
import type { TBuildingDetail, TBuildingEnergy } from '../contract.js';
import { alertDetail, energyAlertText } from './alert-text.js';
import { EnergyChart } from './EnergyChart.js';
import { ScrollTable } from './ScrollTable.js';

export const REPORT_PAGE = '/fejlmelding';

/** One building: BBR data, alerts, rooms with QR codes, building parts with condition, energy. */
export function BuildingPage() {
  const { t } = useTranslation();
  const { buildingId = '' } = useParams();
  const q = useQuery({
    queryKey: ['facilities', 'building', buildingId],
    queryFn: () => api<TBuildingDetail>(`/api/facilities/buildings/${buildingId}`),
  });
  const energy = useQuery({
    queryKey: ['facilities', 'energy', buildingId],
    queryFn: () => api<TBuildingEnergy>(`/api/facilities/buildings/${buildingId}/energy`),
  });
  const b = q.data;
  const coded = (c: { code: string; label: string | null } | null) =>
    c ? `${c.label ?? '?'} (${c.code})` : '–';
  return (
    <QueryState isPending={q.isPending} error={q.error}>
      {b ? (
        <>
          <PageHeading title={b.name} lead={`${b.property.name} · ${b.property.address ?? ''}`}>
            {b.name}
          </PageHeading>
          {b.alerts.map((a, i) => {
            const detail = alertDetail(t, a);
            return (
              <Alert
                key={`${a.kind}-${i}`}
                variant={a.kind === 'asbestos' || a.kind.startsWith('label') ? 'warning' : 'error'}
              >
                <p>
                  {t(`modules.facilities.alertKinds.${a.kind}`)}
                  {detail ? ` (${detail})` : ''}
                </p>
              </Alert>
            );
          })}
          <h2>{t('modules.facilities.bbr')}</h2>
          <dl className="rt-fm-dl">
            <dt>{t('modules.facilities.use')}</dt>
            <dd>{coded(b.use)}</dd>
            <dt>{t('modules.facilities.yearBuilt')}</dt>
            <dd>{b.yearBuilt ?? '–'}</dd>
            <dt>{t('modules.facilities.fields.yearRebuilt')}</dt>
            <dd>{b.yearRebuilt ?? '–'}</dd>
            <dt>{t('modules.facilities.area')}</dt>
            <dd>{formatNumber(b.grossArea)}</dd>
            <dt>{t('modules.facilities.fields.heatedArea')}</dt>
            <dd>{formatNumber(b.heatedArea)}</dd>
            <dt>{t('modules.facilities.fields.builtArea')}</dt>
            <dd>{formatNumber(b.builtArea)}</dd>
            <dt>{t('modules.facilities.fields.floors')}</dt>
            <dd>{b.floorsCount ?? '–'}</dd>
            <dt>{t('modules.facilities.fields.heatingInstallation')}</dt>
            <dd>{coded(b.heatingInstallation)}</dd>
            <dt>{t('modules.facilities.fields.heatingMedium')}</dt>
            <dd>{coded(b.heatingMedium)}</dd>
            <dt>{t('modules.facilities.fields.wallMaterial')}</dt>
            <dd>{coded(b.wallMaterial)}</dd>
            <dt>{t('modules.facilities.fields.roofMaterial')}</dt>
            <dd>{coded(b.roofMaterial)}</dd>
            <dt>{t('modules.facilities.energyLabel')}</dt>
            <dd>{b.energyLabel ?? '–'}</dd>
            <dt>{t('modules.facilities.fields.labelExpires')}</dt>
            <dd>{formatDate(b.energyLabelExpires)}</dd>
            <dt>{t('modules.facilities.fields.importance')}</dt>
            <dd>{b.importance}</dd>
            <dt>{t('modules.facilities.fields.residents')}</dt>
            <dd>{b.residents ?? '–'}</dd>
            <dt>{t('modules.facilities.condition')}</dt>
            <dd>{b.condition === null ? '–' : formatNumber(b.condition)}</dd>
          </dl>

          <h2>{t('modules.facilities.energy')}</h2>
          <QueryState isPending={energy.isPending} error={energy.error}>
            {energy.data ? (
              <>
                {energy.data.alerts.map((a) => (
                  <section key={`${a.meterId}-${a.kind}`}>
                    <h3>
                      {t(`modules.facilities.alertKinds.${a.kind}`)} · {a.meterCode}
                    </h3>
                    <p>{energyAlertText(t, a)}</p>
                    <EnergyChart alert={a} />
                  </section>
                ))}
                <h3>{t('modules.facilities.energyYears')}</h3>
                <ScrollTable label={t('modules.facilities.energyYears')}>
                  <table className="table table--zebra">
                    <thead>
                      <tr>
                        <th scope="col">{t('modules.facilities.year')}</th>
                        <th scope="col">{t('modules.facilities.heat')}</th>
                        <th scope="col">{t('modules.facilities.heatCorrected')}</th>
                        <th scope="col">{t('modules.facilities.electricity')}</th>
                        <th scope="col">{t('modules.facilities.water')}</th>
                        <th scope="col">{t('modules.facilities.kwhPerM2')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {energy.data.years.map((y) => (
                        <tr key={y.year}>
                          <th scope="row">{y.year}</th>
                          <td>{formatNumber(y.heatKwh)}</td>
                          <td>{formatNumber(y.heatKwhCorrected)}</td>
                          <td>{formatNumber(y.electricityKwh)}</td>
                          <td>{formatNumber(y.waterM3)}</td>
                          <td>
                            {y.light ? (
                              <>
                                <span className={`rt-fm-light rt-fm-light-${y.light}`} aria-hidden="true" />
                                <span className="sr-only">{t(`modules.facilities.lights.${y.light}`)}: </span>
                              </>
                            ) : null}
                            {formatNumber(y.kwhPerM2Corrected ?? y.kwhPerM2)} (
                            {t('modules.facilities.target')} {y.target})
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollTable>
              </>
            ) : null}
          </QueryState>

          <h2>{t('modules.facilities.parts')}</h2>
          <ScrollTable label={t('modules.facilities.parts')}>
            <table className="table table--zebra">
              <thead>
                <tr>
                  <th scope="col">{t('modules.facilities.part')}</th>
                  <th scope="col">{t('modules.facilities.grade')}</th>
                  <th scope="col">{t('modules.facilities.action')}</th>
                  <th scope="col">{t('modules.facilities.cost')}</th>
                  <th scope="col">{t('modules.facilities.year')}</th>
                </tr>
              </thead>
              <tbody>
                {b.parts.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      {p.fkCode} {p.name}{' '}
                      {p.asbestos ? (
                        <span className="badge badge-warning">{t('modules.facilities.asbestosBadge')}</span>
                      ) : null}
                    </th>
                    <td>{p.grade ?? '–'}</td>
                    <td>{p.action ?? '–'}</td>
                    <td>{formatNumber(p.actionCost)}</td>
                    <td>{p.actionYear ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>

          <h2>{t('modules.facilities.rooms')}</h2>
          <ScrollTable label={t('modules.facilities.rooms')}>
            <table className="table table--zebra">
              <thead>
                <tr>
                  <th scope="col">{t('modules.facilities.code')}</th>
                  <th scope="col">{t('modules.facilities.nameLabel')}</th>
                  <th scope="col">{t('modules.facilities.floor')}</th>
                  <th scope="col">{t('modules.facilities.unit')}</th>
                  <th scope="col">{t('modules.facilities.qr')}</th>
                </tr>
              </thead>
              <tbody>
                {b.rooms.map((r) => (
                  <tr key={r.id}>
                    <td>{r.code}</td>
                    <th scope="row">{r.name}</th>
                    <td>{r.floor ?? '–'}</td>
                    <td>{r.unitName ?? '–'}</td>
                    <td>
                      <img
                        className="rt-fm-qr"
                        src={`/api/facilities/rooms/${r.id}/qr.svg`}
                        alt={`${t('modules.facilities.qr')}: ${r.name}`}
                      />
                      <br />
                      <a href={`${REPORT_PAGE}/${r.reportToken}`}>{t('modules.facilities.reportLink')}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      ) : null}
    </QueryState>
  );
}
