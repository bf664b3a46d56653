import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { listOf, totalOf } from '../../api/list.js';
import type { Employee, OrgUnit } from '../../api/types.js';
import { TextField } from '../../components/Field.js';
import { Pager } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';

const PAGE = 20;

/** Employees of the selected unit (GET /api/org/employees), with search and paging. */
export function EmployeesPanel({ unit }: { unit: OrgUnit }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const employees = useQuery({
    queryKey: ['org', 'employees', unit.id, q, offset],
    queryFn: async () => {
      const data = await api<unknown>('/api/org/employees', {
        query: { unitId: unit.id, q, limit: PAGE, offset },
      });
      const items = listOf<Employee>(data, 'employees');
      return { items, total: totalOf(data, offset + items.length) };
    },
    placeholderData: keepPreviousData,
  });
  const items = employees.data?.items ?? [];
  return (
    <section className="rt-section" aria-labelledby="employees-heading">
      <h2 id="employees-heading">{t('admin.employees.title', { unit: unit.name })}</h2>
      <TextField
        id="employee-search"
        type="search"
        label={t('admin.employees.search')}
        value={q}
        onChange={(event) => {
          setQ(event.target.value);
          setOffset(0);
        }}
      />
      <QueryState isPending={employees.isPending} error={employees.error} isEmpty={items.length === 0}>
        <div
          className="table--responsive-scroll"
          tabIndex={0}
          role="region"
          aria-labelledby="employees-heading"
        >
          <table className="table table--zebra table-md-responsive-headers">
            <thead>
              <tr>
                <th scope="col">{t('admin.employees.name')}</th>
                <th scope="col">{t('admin.employees.title_')}</th>
                <th scope="col">{t('admin.employees.email')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((employee) => (
                <tr key={employee.id}>
                  <td
                    data-title={t('admin.employees.name')}
                  >{`${employee.givenName} ${employee.familyName}`}</td>
                  <td data-title={t('admin.employees.title_')}>{employee.title ?? ''}</td>
                  <td data-title={t('admin.employees.email')}>{employee.email ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager offset={offset} limit={PAGE} total={employees.data?.total ?? 0} onChange={setOffset} />
      </QueryState>
    </section>
  );
}
