import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { OrgUnit } from '../../api/types.js';
import { Alert } from '../../components/Alert.js';
import { SelectField, TextField } from '../../components/Field.js';
import { PageHeading } from '../../components/PageHeading.js';
import { QueryState } from '../../components/QueryState.js';
import { useToast } from '../../components/Toasts.js';
import { useErrorMessage } from '../../errors.js';
import { EmployeesPanel } from './EmployeesPanel.js';
import { UNITS_KEY, buildTree, flattenTree, useUnitsQuery, type UnitNode } from './useUnits.js';

export function UnitsPage() {
  const { t } = useTranslation();
  const units = useUnitsQuery();
  const tree = buildTree(units.data ?? []);
  const [selected, setSelected] = useState<OrgUnit | null>(null);
  return (
    <>
      <PageHeading title={t('admin.units.title')} lead={t('admin.units.lead')}>
        {t('admin.units.title')}
      </PageHeading>
      <div className="row">
        <div className="col-12 col-lg-7">
          <h2>{t('admin.units.tree')}</h2>
          <QueryState isPending={units.isPending} error={units.error} isEmpty={tree.length === 0}>
            <ul className="rt-tree" aria-label={t('admin.units.tree')}>
              {tree.map((node) => (
                <TreeNode key={node.id} node={node} selectedId={selected?.id} onSelect={setSelected} />
              ))}
            </ul>
          </QueryState>
        </div>
        <div className="col-12 col-lg-5">
          <UnitForm units={units.data ?? []} editing={selected} onDone={setSelected} />
        </div>
      </div>
      {selected ? <EmployeesPanel unit={selected} /> : null}
    </>
  );
}

function TreeNode(props: { node: UnitNode; selectedId?: string; onSelect: (unit: OrgUnit) => void }) {
  const { t } = useTranslation();
  const { node, selectedId, onSelect } = props;
  const current = node.id === selectedId;
  return (
    <li>
      <button
        type="button"
        className={`rt-link-button rt-tree-item${current ? ' rt-tree-item--current' : ''}`}
        aria-pressed={current}
        onClick={() => onSelect(node)}
      >
        {node.name}
        {node.code ? <span className="rt-tree-code"> ({node.code})</span> : null}
        <span className="sr-only"> – {t('admin.units.level', { level: node.depth + 1 })}</span>
      </button>
      {node.children.length ? (
        <ul>
          {node.children.map((child) => (
            <TreeNode key={child.id} node={child} selectedId={selectedId} onSelect={onSelect} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function UnitForm(props: {
  units: OrgUnit[];
  editing: OrgUnit | null;
  onDone: (unit: OrgUnit | null) => void;
}) {
  const { units, editing, onDone } = props;
  const key = editing?.id ?? 'new';
  return <UnitFormInner key={key} units={units} editing={editing} onDone={onDone} />;
}

function UnitFormInner(props: {
  units: OrgUnit[];
  editing: OrgUnit | null;
  onDone: (unit: OrgUnit | null) => void;
}) {
  const { t } = useTranslation();
  const { units, editing, onDone } = props;
  const queryClient = useQueryClient();
  const toast = useToast();
  const message = useErrorMessage();
  const [name, setName] = useState(editing?.name ?? '');
  const [code, setCode] = useState(editing?.code ?? '');
  const [parentId, setParentId] = useState(editing?.parentId ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const options = flattenTree(buildTree(units)).filter((unit) => unit.id !== editing?.id);
  const save = useMutation({
    mutationFn: () =>
      editing
        ? api<OrgUnit>(`/api/org/units/${editing.id}`, {
            method: 'PATCH',
            body: { ...body(), parentId: parentId || null },
          })
        : api<OrgUnit>('/api/org/units', { method: 'POST', body: { ...body(), parentId: parentId || null } }),
    onSuccess: async () => {
      toast({
        variant: 'success',
        heading: t(editing ? 'admin.units.saved' : 'admin.units.created', { name: name.trim() }),
      });
      if (!editing) {
        setName('');
        setCode('');
      }
      await queryClient.invalidateQueries({ queryKey: UNITS_KEY });
    },
  });
  const body = () => ({ name: name.trim(), code: code.trim() });
  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!name.trim()) found.name = t('admin.units.errors.name');
    if (!code.trim()) found.code = t('admin.units.errors.code');
    setErrors(found);
    if (!Object.keys(found).length) save.mutate();
  }
  return (
    <section className="rt-panel" aria-labelledby="unit-form-heading">
      <h2 id="unit-form-heading">
        {editing ? t('admin.units.edit', { name: editing.name }) : t('admin.units.create')}
      </h2>
      {save.error ? <Alert variant="error" heading={message(save.error)} /> : null}
      <form onSubmit={submit} noValidate>
        <TextField
          id="unit-name"
          label={t('admin.units.name')}
          value={name}
          error={errors.name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          id="unit-code"
          label={t('admin.units.code')}
          hint={t('admin.units.codeHint')}
          value={code}
          error={errors.code}
          onChange={(event) => setCode(event.target.value)}
        />
        <SelectField
          id="unit-parent"
          label={t('admin.units.parent')}
          value={parentId}
          onChange={(event) => setParentId(event.target.value)}
        >
          <option value="">{t('admin.units.noParent')}</option>
          {options.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {`${'\u00a0\u00a0'.repeat(unit.depth)}${unit.name}`}
            </option>
          ))}
        </SelectField>
        <div className="button-row rt-button-row">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {editing ? t('common.save') : t('admin.units.createSubmit')}
          </button>
          {editing ? (
            <button type="button" className="button button-secondary" onClick={() => onDone(null)}>
              {t('admin.units.newInstead')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
