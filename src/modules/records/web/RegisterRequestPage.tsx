// A request that came by e-mail, letter, phone or in person, registered by the caseworker with the date it
// really arrived (the deadline runs from then), the requester, the laws, the cases concerned and the case
// context for screening. No requester type is preselected.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { useSession } from '../../../web/auth/session.js';
import { Alert } from '../../../web/components/Alert.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { useErrorMessage } from '../../../web/errors.js';

/** Today in Copenhagen as YYYY-MM-DD (Swedish date format is ISO). */
const copenhagenToday = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

const TYPES = ['citizen', 'press', 'company', 'party'] as const;
const CHANNELS = ['email', 'letter', 'phone', 'in_person'] as const;
const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

export function RegisterRequestPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const navigate = useNavigate();
  const me = useSession();
  const k = (key: string) => t(`modules.records.register.${key}`);
  const today = copenhagenToday();
  const [type, setType] = useState<(typeof TYPES)[number] | null>(null);
  const [channel, setChannel] = useState<(typeof CHANNELS)[number] | null>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [address, setAddress] = useState('');
  const [received, setReceived] = useState(today);
  const [subject, setSubject] = useState('');
  const [cases, setCases] = useState('');
  const [mol, setMol] = useState(false);
  const [caseType, setCaseType] = useState<'citizen' | 'building'>('citizen');
  const [parties, setParties] = useState('');
  const [subjects, setSubjects] = useState('');
  const [assignMe, setAssignMe] = useState(true);
  const [missing, setMissing] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: () =>
      api<{ requestId: string }>('/api/records/requests', {
        method: 'POST',
        body: {
          requesterType: type,
          name,
          email: email || null,
          address: lines(address),
          channel,
          received,
          subject,
          caseReferences: lines(cases),
          laws: [...(type === 'party' ? ['fvl'] : []), 'ofl', ...(mol ? ['mol'] : [])],
          caseType,
          parties: lines(parties),
          caseSubjects: lines(subjects),
          assignedTo: assignMe ? me.user.id : null,
        },
      }),
    onSuccess: (ack) => navigate(`/aktindsigt/${ack.requestId}`),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const m = [!type && k('type'), !channel && k('channel'), !name.trim() && k('name')].filter(
      (x): x is string => Boolean(x),
    );
    setMissing(m);
    if (m.length === 0) save.mutate();
  };
  const radio = (group: string, value: string, checked: boolean, onChange: () => void, label: string) => (
    <div className="form-group-radio" key={value}>
      <input
        type="radio"
        className="form-radio radio-large"
        id={`${group}-${value}`}
        name={group}
        checked={checked}
        onChange={onChange}
      />
      <label htmlFor={`${group}-${value}`}>{label}</label>
    </div>
  );
  const field = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    rows = 0,
    hint?: string,
  ) => (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? <span className="form-hint">{hint}</span> : null}
      {rows ? (
        <textarea
          className="form-input"
          id={id}
          rows={rows}
          value={value}
          onChange={(e) => set(e.target.value)}
        />
      ) : (
        <input className="form-input" id={id} value={value} onChange={(e) => set(e.target.value)} />
      )}
    </div>
  );
  return (
    <>
      <PageHeading title={k('title')} lead={k('lead')}>
        {k('title')}
      </PageHeading>
      {missing.length > 0 ? (
        <Alert variant="error" heading={k('missing')}>
          <ul>
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate className="rt-form">
        <fieldset>
          <legend className="h4">{k('channel')}</legend>
          {CHANNELS.map((c) =>
            radio('channel', c, channel === c, () => setChannel(c), t(`modules.records.channels.${c}`)),
          )}
        </fieldset>
        <div className="form-group">
          <label className="form-label" htmlFor="received">
            {k('received')}
          </label>
          <span className="form-hint">{k('receivedHint')}</span>
          <input
            className="form-input input-width-s"
            type="date"
            id="received"
            max={today}
            value={received}
            onChange={(e) => setReceived(e.target.value)}
          />
        </div>
        <fieldset>
          <legend className="h4">{k('type')}</legend>
          {TYPES.map((c) =>
            radio('type', c, type === c, () => setType(c), t(`modules.records.requesterTypes.${c}`)),
          )}
        </fieldset>
        {field('name', k('name'), name, setName)}
        {field('email', k('email'), email, setEmail)}
        {field('address', k('address'), address, setAddress, 2)}
        {field('subject', k('subject'), subject, setSubject, 3)}
        {field('cases', k('cases'), cases, setCases, 2, k('casesHint'))}
        <div className="form-group-checkbox">
          <input
            type="checkbox"
            className="form-checkbox checkbox-large"
            id="mol"
            checked={mol}
            onChange={(e) => setMol(e.target.checked)}
          />
          <label htmlFor="mol">{k('mol')}</label>
        </div>
        <fieldset>
          <legend className="h4">{t('modules.records.context.caseType')}</legend>
          {(['citizen', 'building'] as const).map((c) =>
            radio(
              'case-type',
              c,
              caseType === c,
              () => setCaseType(c),
              t(`modules.records.context.caseType_${c}`),
            ),
          )}
        </fieldset>
        {field(
          'parties',
          t('modules.records.context.parties'),
          parties,
          setParties,
          2,
          t('modules.records.context.partiesHint'),
        )}
        {field(
          'subjects',
          t('modules.records.context.subjects'),
          subjects,
          setSubjects,
          2,
          t('modules.records.context.subjectsHint'),
        )}
        <div className="form-group-checkbox">
          <input
            type="checkbox"
            className="form-checkbox checkbox-large"
            id="assign-me"
            checked={assignMe}
            onChange={(e) => setAssignMe(e.target.checked)}
          />
          <label htmlFor="assign-me">{k('assignMe')}</label>
        </div>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {k('submit')}
        </button>
        {save.error ? <Alert variant="error" heading={message(save.error)} /> : null}
      </form>
    </>
  );
}
