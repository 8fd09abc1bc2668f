import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError, download, ok, type Schemas } from '../api';
import { diffLines } from '../diff';
import { useLocale } from '../i18n';
import { BlankList, NoticeDocument } from '../notice-document';
import { mayActAs, useSession } from '../session';
import { Time, localInputToIso, isoToLocalInput } from '../time';
import {
  Dialog,
  ErrorMessage,
  Loading,
  Section,
  SelectField,
  StepUpCodeField,
  stepUpCodeErrors,
  TextArea,
  TextField,
  TableWrap,
} from '../ui';

type Notice = Schemas['NoticeView'];
type StepUp = { action: 'approve'; singlePerson: boolean } | { action: 'reject' };

function useNoticeMutation<T>(notice: Notice, fn: (input: T) => Promise<unknown>, after?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['notice', notice.id] });
      void queryClient.invalidateQueries({ queryKey: ['incident', notice.incidentId] });
      after?.();
    },
  });
}

/**
 * Approve or reject with a fresh second-factor code; approving names the exact version and hash read, and a
 * single-person approval (the approver wrote this version) says why no second person approves it.
 */
function StepUpDialog({ notice, stepUp, onClose }: { notice: Notice; stepUp: StepUp | null; onClose: () => void }) {
  const { t } = useLocale();
  const [code, setCode] = useState('');
  const [reason, setReason] = useState('');
  const [singlePersonReason, setSinglePersonReason] = useState('');
  const singlePerson = stepUp?.action === 'approve' && stepUp.singlePerson;
  useEffect(() => {
    setCode('');
  }, [stepUp]);
  const path = { params: { path: { id: notice.id } } };
  const act = useNoticeMutation(
    notice,
    () =>
      stepUp?.action === 'approve'
        ? ok(
            api.POST('/api/v1/notices/{id}/approve', {
              ...path,
              // Sent even when empty: the API's own field error then comes before the code is checked, and not spent.
              body: {
                version: notice.version,
                bodyHash: notice.bodyHash,
                totpCode: code.trim(),
                ...(singlePerson ? { singlePersonReason } : {}),
              } as Schemas['ApproveNoticeDto'],
            }),
          )
        : ok(api.POST('/api/v1/notices/{id}/reject', { ...path, body: { reason, totpCode: code.trim() } as Schemas['RejectNoticeDto'] })),
    onClose,
  );
  const problem = act.error instanceof ApiError ? act.error : null;
  const codeErrors = stepUpCodeErrors(problem, t.stepUpInvalid);
  // A 400 about a field the dialog shows is said under that field; anything else above the buttons.
  const reasonErrors = problem?.linesFor(stepUp?.action === 'reject' ? 'reason' : 'singlePersonReason');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    act.mutate(undefined);
  };
  return (
    <Dialog title={stepUp?.action === 'reject' ? t.reject : t.stepUpTitle} open={!!stepUp} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        {stepUp?.action === 'approve' && <p>{t.approvingExactly(String(notice.version), notice.bodyHash)}</p>}
        {singlePerson && (
          <TextArea
            label={t.singlePersonReason}
            hint={t.singlePersonReasonHint}
            required
            autoFocus
            value={singlePersonReason}
            onChange={(e) => setSinglePersonReason(e.target.value)}
            errors={reasonErrors}
          />
        )}
        {stepUp?.action === 'reject' && (
          <TextArea label={t.reason} required value={reason} onChange={(e) => setReason(e.target.value)} errors={reasonErrors} />
        )}
        <StepUpCodeField autoFocus={!singlePerson} value={code} onChange={(e) => setCode(e.target.value)} errors={codeErrors} />
        {problem && !codeErrors && !reasonErrors?.length && <ErrorMessage error={problem} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={act.isPending}>
            {t.confirm}
          </button>
          <button type="button" onClick={onClose}>
            {t.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function MarkSent({ notice }: { notice: Notice }) {
  const { t, timeZone } = useLocale();
  const [sentAt, setSentAt] = useState(() => isoToLocalInput(new Date().toISOString(), timeZone));
  const [channel, setChannel] = useState(notice.kind === 'authority' ? 'ANSPDCP' : '');
  const [externalReference, setExternalReference] = useState('');
  const sent = useNoticeMutation(notice, () =>
    ok(
      api.POST('/api/v1/notices/{id}/sent', {
        params: { path: { id: notice.id } },
        body: { sentAt: localInputToIso(sentAt, timeZone) ?? '', channel, externalReference },
      }),
    ),
  );
  const errors = (field: string) => (sent.error instanceof ApiError ? sent.error.linesFor(field) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    sent.mutate(undefined);
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextField
        label={`${t.sentAt} (${timeZone})`}
        type="datetime-local"
        required
        value={sentAt}
        onChange={(e) => setSentAt(e.target.value)}
        errors={errors('sentAt')}
      />
      <TextField label={t.channel} required value={channel} onChange={(e) => setChannel(e.target.value)} errors={errors('channel')} />
      <TextField
        label={t.externalReference}
        required
        value={externalReference}
        onChange={(e) => setExternalReference(e.target.value)}
        errors={errors('externalReference')}
      />
      <ErrorMessage error={sent.error && !(sent.error instanceof ApiError && sent.error.status === 400) ? sent.error : null} />
      <button type="submit" className="primary" disabled={sent.isPending}>
        {t.markAsSent}
      </button>
    </form>
  );
}

function Versions({ notice }: { notice: Notice }) {
  const { t } = useLocale();
  const versions = useQuery({
    queryKey: ['notice', notice.id, 'versions', notice.version],
    queryFn: () => ok(api.GET('/api/v1/notices/{id}/versions', { params: { path: { id: notice.id } } })),
  });
  const [from, setFrom] = useState(Math.max(1, notice.version - 1));
  const [to, setTo] = useState(notice.version);
  const list = versions.data ?? [];
  const a = list.find((v) => v.version === from);
  const b = list.find((v) => v.version === to);
  const options = list.map((v): [string, string] => [String(v.version), `${t.version} ${v.version}`]);
  return (
    <Section title={t.versions}>
      <ErrorMessage error={versions.error} />
      <TableWrap label={t.versions}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.version}</th>
              <th scope="col">{t.created}</th>
              <th scope="col">{t.bodyHash}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((v) => (
              <tr key={v.version}>
                <td>{v.version}</td>
                <td>
                  <Time iso={v.createdAt} />
                </td>
                <td className="mono">{v.bodyHash}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {list.length > 1 && (
        <>
          <h3>{t.compare}</h3>
          <div className="filters">
            <SelectField label={t.from} value={String(from)} onChange={(e) => setFrom(Number(e.target.value))} options={options} />
            <SelectField label={t.to} value={String(to)} onChange={(e) => setTo(Number(e.target.value))} options={options} />
          </div>
          {a && b && (
            <div className="diff" aria-label={`${t.compare}: ${t.version} ${from} → ${to}`} role="region">
              {diffLines(a.body, b.body).map((line, i) =>
                line.kind === 'added' ? (
                  <ins key={i}>{line.text || ' '}</ins>
                ) : line.kind === 'removed' ? (
                  <del key={i}>{line.text || ' '}</del>
                ) : (
                  <div key={i}>{line.text || ' '}</div>
                ),
              )}
            </div>
          )}
        </>
      )}
    </Section>
  );
}

function Editor({ notice }: { notice: Notice }) {
  const { t } = useLocale();
  const [body, setBody] = useState(notice.body);
  const [reasonsForDelay, setReasonsForDelay] = useState(notice.reasonsForDelay ?? '');
  useEffect(() => setBody(notice.body), [notice.body]);
  const save = useNoticeMutation(notice, () =>
    ok(
      api.PATCH('/api/v1/notices/{id}', {
        params: { path: { id: notice.id } },
        body: { body, ...(notice.late && reasonsForDelay ? { reasonsForDelay } : {}) },
      }),
    ),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  const dirty = body !== notice.body || (notice.late && reasonsForDelay !== (notice.reasonsForDelay ?? ''));
  return (
    <>
      <Section title={t.blanks}>
        <BlankList markdown={body} emptyText={t.noBlanks} />
      </Section>
      <div className="notice-layout">
        <form onSubmit={submit} noValidate>
          <TextArea
            label={t.editor}
            className="editor"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            spellCheck
            lang={notice.language}
          />
          {notice.late && (
            <TextArea label={t.reasonsForDelay} value={reasonsForDelay} onChange={(e) => setReasonsForDelay(e.target.value)} />
          )}
          <ErrorMessage error={save.error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={!dirty || save.isPending}>
              {t.save}
            </button>
            {dirty && <span className="muted">{t.unsaved}</span>}
          </div>
        </form>
        <section aria-labelledby="preview" className="card">
          <h2 id="preview">{t.preview}</h2>
          <NoticeDocument markdown={body} lang={notice.language} headingOffset={2} />
        </section>
      </div>
    </>
  );
}

export default function NoticePage() {
  const { t } = useLocale();
  const { user } = useSession();
  const { id = '', noticeId = '' } = useParams();
  const [stepUp, setStepUp] = useState<StepUp | null>(null);
  const notice = useQuery({
    queryKey: ['notice', noticeId],
    queryFn: () => ok(api.GET('/api/v1/notices/{id}', { params: { path: { id: noticeId } } })),
  });
  const incident = useQuery({
    queryKey: ['incident', id],
    queryFn: () => ok(api.GET('/api/v1/incidents/{id}', { params: { path: { id } } })),
  });
  const n = notice.data;
  const approver = !!n && mayActAs(user, 'dpo') && n.state === 'submitted';
  // The four-eyes rule as the approval will apply it, asked before the dialog so that it is never a dead end.
  const authorship = useQuery({
    queryKey: ['notice', noticeId, 'authorship', n?.version],
    queryFn: () => ok(api.GET('/api/v1/notices/{id}/authorship', { params: { path: { id: noticeId } } })),
    enabled: approver,
  });
  const submit = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/notices/{id}/submit', { params: { path: { id: noticeId } } })),
    onSuccess: () => void notice.refetch(),
  });
  if (notice.isPending) return <Loading />;
  if (!n) return <ErrorMessage error={notice.error} />;
  const fourEyes = authorship.data;
  const anotherDpoApproves = fourEyes?.approverWroteIt === true && !fourEyes.singlePersonAllowed;
  const editable = mayActAs(user, 'responder') && (n.state === 'draft' || n.state === 'rejected' || n.state === 'submitted');
  return (
    <>
      <p>
        <Link to={`/incidents/${id}`}>{incident.data ? `${incident.data.reference} — ${incident.data.title}` : t.backToBoard}</Link>
      </p>
      <h1>{n.title}</h1>
      <dl className="facts">
        <dt>{t.kind}</dt>
        <dd>{t.noticeKind[n.kind]}</dd>
        <dt>{t.state}</dt>
        <dd>{t.noticeState[n.state]}</dd>
        <dt>{t.version}</dt>
        <dd>{n.version}</dd>
        <dt>{t.bodyHash}</dt>
        <dd className="mono">{n.bodyHash}</dd>
        {n.approvedAt && (
          <>
            <dt>{t.noticeState.approved}</dt>
            <dd>
              <Time iso={n.approvedAt} /> — {t.version.toLowerCase()} {n.approvedVersion}, <span className="mono">{n.approvedHash}</span>
            </dd>
          </>
        )}
        {n.approvedSinglePersonReason && (
          <>
            <dt>{t.approvedByOnePerson}</dt>
            <dd>
              {t.reason}: {n.approvedSinglePersonReason}
            </dd>
          </>
        )}
        {n.rejectedReason && (
          <>
            <dt>{t.noticeState.rejected}</dt>
            <dd>{n.rejectedReason}</dd>
          </>
        )}
        {n.sentAt && (
          <>
            <dt>{t.sentAt}</dt>
            <dd>
              <Time iso={n.sentAt} /> — {n.channel}, {n.externalReference}
            </dd>
          </>
        )}
      </dl>
      <div className="actions">
        {mayActAs(user, 'responder') && (n.state === 'draft' || n.state === 'rejected') && (
          <button type="button" className="primary" onClick={() => submit.mutate()} disabled={submit.isPending}>
            {t.submitForApproval}
          </button>
        )}
        {approver && (
          <>
            {fourEyes && !anotherDpoApproves && (
              <button
                type="button"
                className="primary"
                onClick={() => setStepUp({ action: 'approve', singlePerson: fourEyes.approverWroteIt })}
              >
                {t.approve}
              </button>
            )}
            <button type="button" className="danger" onClick={() => setStepUp({ action: 'reject' })}>
              {t.reject}
            </button>
          </>
        )}
        <button type="button" onClick={() => void download(`/api/v1/notices/${n.id}/document?format=pdf`, `${n.title}.pdf`)}>
          {t.downloadPdf}
        </button>
        <button type="button" onClick={() => void download(`/api/v1/notices/${n.id}/document?format=md`, `${n.title}.md`)}>
          {t.downloadMarkdown}
        </button>
      </div>
      {approver && anotherDpoApproves && (
        <div className="alert info" role="note">
          <p>{t.fourEyesBlocked(String(n.version))}</p>
          <p>
            {t.fourEyesWhatToDo} <Link to="/organisation">{t.organisationTitle}</Link>.
          </p>
        </div>
      )}
      <ErrorMessage error={submit.error || authorship.error} />
      <StepUpDialog notice={n} stepUp={stepUp} onClose={() => setStepUp(null)} />
      {mayActAs(user, 'responder') && n.state === 'approved' && (
        <Section title={t.markAsSent}>
          <MarkSent notice={n} />
        </Section>
      )}
      {editable ? (
        <Editor notice={n} />
      ) : (
        <>
          <Section title={t.blanks}>
            <BlankList markdown={n.body} emptyText={t.noBlanks} />
          </Section>
          <section aria-labelledby="document" className="card">
            <h2 id="document">{t.document}</h2>
            <NoticeDocument markdown={n.body} lang={n.language} headingOffset={2} />
          </section>
        </>
      )}
      <Versions notice={n} />
    </>
  );
}
