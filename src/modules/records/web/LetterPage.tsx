// The letter editor for the decision letter (/aktindsigt/:id/brev) and the fristbrev (/aktindsigt/:id/fristbrev):
// the reasons the law asks for, the generated text section by section, a PDF preview of exactly what will be
// sent, saving the draft, and sending.
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { TextField } from '../../../web/components/Field.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useErrorMessage } from '../../../web/errors.js';
import { formatDate } from '../../../web/format.js';
import type { TLetterEditor } from '../letter-contract.js';
import { LetterSections } from './LetterSections.js';

type Kind = 'decision' | 'fristbrev';
type Appeal = { name: string; contact: string; timeLimit: string };

function TextArea(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <div className="form-group rt-letter-section">
      <label className="form-label" htmlFor={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <span className="form-hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      <textarea
        id={props.id}
        className="form-input rt-textarea"
        rows={3}
        value={props.value}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

export function LetterPage({ kind }: { kind: Kind }) {
  const { t, i18n } = useTranslation();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const { requestId = '' } = useParams();
  const k = (key: string) => `modules.records.letter.${key}`;
  const key = ['records', 'letter', requestId, kind];
  const query = useQuery({
    queryKey: key,
    queryFn: () => api<TLetterEditor>(`/api/records/requests/${requestId}/letter`, { query: { kind } }),
  });
  const [reasons, setReasons] = useState<Record<string, { considerations: string; facts: string }>>({});
  const [meroffentlighed, setMeroffentlighed] = useState('');
  const [appeal, setAppeal] = useState<Appeal>({ name: '', contact: '', timeLimit: '' });
  const [reason, setReason] = useState('');
  const [expected, setExpected] = useState('');
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const data = query.data;

  // The form starts from the server's draft once; later refetches only refresh sections and problems.
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (!data || loaded) return;
    setReasons(
      Object.fromEntries(
        data.grounds.map((g) => [g.basisKey, { considerations: g.considerations, facts: g.facts }]),
      ),
    );
    setMeroffentlighed(data.meroffentlighed ?? '');
    setAppeal({
      name: data.appealBody?.name ?? '',
      contact: data.appealBody?.contact ?? '',
      timeLimit: data.appealBody?.timeLimit ?? '',
    });
    setReason(data.fristbrev?.reason ?? '');
    setExpected(data.fristbrev?.expectedDecisionDate ?? '');
    setLoaded(true);
  }, [data, loaded]);

  async function saveDraft(): Promise<void> {
    if (kind === 'decision') {
      await api(`/api/records/requests/${requestId}/letter-draft`, {
        method: 'PUT',
        body: {
          reasoning: reasons,
          meroffentlighed: meroffentlighed.trim() || null,
          appealBody: appeal.name.trim()
            ? {
                name: appeal.name.trim(),
                contact: appeal.contact.trim() || null,
                timeLimit: appeal.timeLimit.trim() || null,
              }
            : null,
        },
      });
    }
    await api(`/api/records/requests/${requestId}/letter-text`, {
      method: 'PUT',
      body: {
        kind,
        sections: Object.fromEntries([...dirty].map((s) => [s, texts[s] ?? ''])),
        ...(kind === 'fristbrev' ? { fristbrev: { reason, expectedDecisionDate: expected } } : {}),
      },
    });
    setDirty(new Set());
    setTexts({});
    await queryClient.invalidateQueries({ queryKey: key });
  }

  const save = useMutation({
    mutationFn: saveDraft,
    onSuccess: () => setNotice(t(k('saved'))),
  });
  const previewUrl = `/api/records/requests/${requestId}/letter-preview?kind=${kind}`;
  const preview = useMutation({
    mutationFn: saveDraft,
    // A browser may block a window opened after the save; the link in the notice always works.
    onSuccess: () => {
      setNotice(t(k('saved')));
      window.open(previewUrl, '_blank', 'noopener');
    },
  });
  const send = useMutation({
    mutationFn: async () => {
      await saveDraft();
      const url = `/api/records/requests/${requestId}/${kind === 'decision' ? 'decide' : 'fristbrev'}`;
      return api(url, {
        method: 'POST',
        body: kind === 'decision' ? {} : { reason, expectedDecisionDate: expected },
      });
    },
    onSuccess: async () => {
      preview.reset();
      setNotice(t(k('sent')));
      await queryClient.invalidateQueries({ queryKey: ['records'] });
    },
  });
  const error = save.error ?? preview.error ?? send.error;
  const busy = save.isPending || preview.isPending || send.isPending;
  const change = (section: string, text: string) => {
    preview.reset();
    setTexts((prev) => ({ ...prev, [section]: text }));
    setDirty((prev) => new Set(prev).add(section));
    setNotice(null);
  };
  const title = t(k(kind === 'decision' ? 'titleDecision' : 'titleFristbrev'));
  const en = i18n.language === 'en';

  return (
    <QueryState isPending={query.isPending} error={query.error}>
      {data ? (
        <>
          <PageHeading
            title={`${title} ${data.caseNumber}`}
            lead={t(k(kind === 'decision' ? 'leadDecision' : 'leadFristbrev'))}
          >
            {title} · {data.caseNumber}
          </PageHeading>
          <p>
            <Link to={`/aktindsigt/${requestId}`}>{t(k('back'))}</Link>
          </p>

          {kind === 'fristbrev' && data.fristbrev ? (
            <section aria-labelledby="fristbrev-facts">
              <h2 id="fristbrev-facts" className="h3">
                {t(k('fristbrevFacts'))}
              </h2>
              {data.fristbrev.sentOn ? (
                <p>{t(k('fristbrevSent'), { date: formatDate(data.fristbrev.sentOn) })}</p>
              ) : null}
              <TextArea id="letter-reason" label={t(k('reason'))} value={reason} onChange={setReason} />
              <TextField
                id="letter-expected"
                type="date"
                label={t(k('expected'))}
                hint={t(k('expectedHint'), { due: formatDate(data.fristbrev.decisionDue) })}
                value={expected}
                onChange={(event) => setExpected(event.target.value)}
              />
            </section>
          ) : null}

          {kind === 'decision' && data.grounds.length > 0 ? (
            <section aria-labelledby="letter-reasons">
              <h2 id="letter-reasons" className="h3">
                {t(k('reasonsHeading'))}
              </h2>
              <p>{t(k('reasonsLead'))}</p>
              {data.grounds.map((g) => {
                const r = reasons[g.basisKey] ?? { considerations: '', facts: '' };
                const set = (patch: Partial<typeof r>) =>
                  setReasons((prev) => ({ ...prev, [g.basisKey]: { ...r, ...patch } }));
                const docs = t(k('documents'), { numbers: g.documents.join(', ') });
                return (
                  <fieldset key={g.basisKey} className="rt-letter-ground rt-letter-section">
                    <legend className="h4">
                      {g.citation} – {docs}
                    </legend>
                    <TextArea
                      id={`letter-considerations-${g.basisKey}`}
                      label={t(k('considerations'), { citation: g.citation })}
                      value={r.considerations}
                      onChange={(v) => set({ considerations: v })}
                    />
                    <TextArea
                      id={`letter-facts-${g.basisKey}`}
                      label={t(k('facts'), { citation: g.citation })}
                      value={r.facts}
                      onChange={(v) => set({ facts: v })}
                    />
                  </fieldset>
                );
              })}
            </section>
          ) : null}
          {kind === 'decision' && data.meroffentlighedNeeded ? (
            <>
              <TextArea
                id="letter-meroffentlighed"
                label={t(k('meroffentlighed'))}
                value={meroffentlighed}
                onChange={setMeroffentlighed}
              />
              <TextField
                id="letter-appeal"
                className="rt-letter-wide"
                label={t(k('appealBody'))}
                value={appeal.name}
                onChange={(event) => setAppeal({ ...appeal, name: event.target.value })}
              />
              <TextField
                id="letter-appeal-contact"
                className="rt-letter-wide"
                label={t(k('appealContact'))}
                optional
                value={appeal.contact}
                onChange={(event) => setAppeal({ ...appeal, contact: event.target.value })}
              />
              <TextField
                id="letter-appeal-limit"
                className="rt-letter-wide"
                label={t(k('appealTimeLimit'))}
                hint={t(k('appealTimeLimitHint'))}
                optional
                value={appeal.timeLimit}
                onChange={(event) => setAppeal({ ...appeal, timeLimit: event.target.value })}
              />
            </>
          ) : null}

          <h2 className="h3">{t(k('textHeading'))}</h2>
          <p>{t(k('textLead'))}</p>
          <LetterSections sections={data.sections} texts={texts} onChange={change} />

          <h2 className="h3">{t(k('problems'))}</h2>
          {data.problems.length === 0 ? (
            <p>{t(k('noProblems'))}</p>
          ) : (
            <ul data-testid="letter-problems">
              {data.problems.map((p, i) => (
                <li key={`${p.code}-${i}`}>{en ? p.en : p.da}</li>
              ))}
            </ul>
          )}
          <div className="rt-actions">
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => save.mutate()}
            >
              {t(k('save'))}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => preview.mutate()}
            >
              {t(k('preview'))}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={busy || !data.canSend}
              onClick={() => send.mutate()}
            >
              {t(k(kind === 'decision' ? 'sendDecision' : 'sendFristbrev'))}
            </button>
          </div>
          {error ? (
            <Alert variant="error" heading={message(error)}>
              <ErrorList error={error} en={en} />
            </Alert>
          ) : null}
          {notice && !error ? (
            <Alert variant="success" heading={notice}>
              {preview.isSuccess ? (
                <p>
                  <a href={previewUrl} target="_blank" rel="noreferrer">
                    {t(k('openPdf'))}
                  </a>
                </p>
              ) : null}
            </Alert>
          ) : null}
        </>
      ) : null}
    </QueryState>
  );
}

/** The blocking items the server listed (each "dansk / English"). */
function ErrorList({ error, en }: { error: unknown; en: boolean }) {
  const list = (error as { problem?: { errors?: { message: string }[] } }).problem?.errors ?? [];
  if (list.length === 0) return null;
  return (
    <ul>
      {list.map((e, i) => {
        const [da, english] = e.message.split(' / ');
        return <li key={i}>{(en ? english : da) ?? e.message}</li>;
      })}
    </ul>
  );
}
