import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, ok, type Schemas } from '../api';
import { Decision, Parts, Reasons } from '../assessment';
import { FactsForm, factsForApi, type Facts } from '../facts-form';
import { useLocale } from '../i18n';
import { mayActAs, useSession } from '../session';
import { Countdown, formatNumber, Time } from '../time';
import { Checkbox, ErrorMessage, Loading, Section, SelectField, TextArea, TextField, TableWrap } from '../ui';

type Incident = Schemas['IncidentView'];

/** A form that posts once and refreshes the incident; its errors shown above the button. */
function ActionForm({
  label,
  onSubmit,
  children,
  pending,
  error,
}: {
  label: string;
  onSubmit: () => void;
  children?: ReactNode;
  pending: boolean;
  error: unknown;
}) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      {children}
      <ErrorMessage error={error} />
      <button type="submit" disabled={pending}>
        {label}
      </button>
    </form>
  );
}

function useIncidentMutation<T>(id: string, fn: (input: T) => Promise<unknown>, after?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['incident', id] });
      void queryClient.invalidateQueries({ queryKey: ['board'] });
      after?.();
    },
  });
}

function FactsSection({ incident }: { incident: Incident }) {
  const { t, legal, language } = useLocale();
  const { user } = useSession();
  const v = legal.vocabulary;
  const [editing, setEditing] = useState<Facts | null>(null);
  const save = useIncidentMutation(
    incident.id,
    (facts: Facts) => ok(api.PATCH('/api/v1/incidents/{id}', { params: { path: { id: incident.id } }, body: factsForApi(facts) })),
    () => setEditing(null),
  );
  const editable = incident.state === 'open' && mayActAs(user, 'reporter');
  return (
    <Section title={t.facts}>
      {editing ? (
        <ActionForm label={t.save} onSubmit={() => save.mutate(editing)} pending={save.isPending} error={save.error}>
          <FactsForm facts={editing} onChange={setEditing} error={save.error} />
          <button type="button" onClick={() => setEditing(null)}>
            {t.cancel}
          </button>{' '}
        </ActionForm>
      ) : (
        <>
          <dl className="facts">
            <dt>{legal.labels.role}</dt>
            <dd>{v.role[incident.role]}</dd>
            <dt>{legal.labels.breachTypes}</dt>
            <dd>{incident.breachTypes.map((b) => v.breachType[b]).join(', ')}</dd>
            <dt>{legal.labels.dataCategories}</dt>
            <dd>{incident.dataCategories.map((c) => v.dataCategory[c]).join(', ')}</dd>
            <dt>{legal.labels.subjectCategories}</dt>
            <dd>{(incident.subjectCategories ?? []).map((c) => v.subjectCategory[c]).join(', ') || '—'}</dd>
            <dt>{legal.labels.subjectsAffected}</dt>
            <dd>{incident.subjectsAffected !== undefined ? formatNumber(incident.subjectsAffected, language) : '—'}</dd>
            <dt>{legal.labels.recordsAffected}</dt>
            <dd>{incident.recordsAffected !== undefined ? formatNumber(incident.recordsAffected, language) : '—'}</dd>
            <dt>{legal.labels.awareAt}</dt>
            <dd>
              <Time iso={incident.awareAt} />
            </dd>
            <dt>{legal.labels.occurredAt}</dt>
            <dd>
              <Time iso={incident.occurredAt} />
            </dd>
            <dt>{legal.labels.detectedAt}</dt>
            <dd>
              <Time iso={incident.detectedAt} />
            </dd>
            <dt>{legal.labels.malicious}</dt>
            <dd>{incident.malicious === undefined ? '—' : incident.malicious ? t.yes : t.no}</dd>
            <dt>{legal.labels.measures}</dt>
            <dd>{incident.mitigation?.measures ?? '—'}</dd>
          </dl>
          {incident.description && <p>{incident.description}</p>}
          {editable && (
            <button type="button" onClick={() => setEditing(incidentFacts(incident))}>
              {t.editFacts}
            </button>
          )}
        </>
      )}
    </Section>
  );
}

/** The editable facts of an incident view (what PATCH takes). */
function incidentFacts(incident: Incident): Facts {
  const {
    id: _id,
    reference: _r,
    state: _s,
    assessment: _a,
    awareAtLocal: _l,
    createdAt: _c,
    createdBy: _b,
    updatedAt: _u,
    version: _v,
    notes: _n,
    closeCategory: _cc,
    closedAt: _ca,
    closeReason: _cr,
    ...facts
  } = incident;
  return facts as Facts;
}

function AssessmentSection({ incident }: { incident: Incident }) {
  const { t } = useLocale();
  const { user } = useSession();
  const history = useQuery({
    queryKey: ['incident', incident.id, 'assessments'],
    queryFn: () => ok(api.GET('/api/v1/incidents/{id}/assessments', { params: { path: { id: incident.id } } })),
  });
  const reassess = useIncidentMutation(incident.id, () =>
    ok(api.POST('/api/v1/incidents/{id}/assess', { params: { path: { id: incident.id } } })),
  );
  const [override, setOverride] = useState<Schemas['OverrideDecisionDto']>({
    riskLevel: 'high_risk',
    notifyAuthority: true,
    notifyDataSubjects: true,
    justification: '',
  });
  const save = useIncidentMutation(incident.id, (body: Schemas['OverrideDecisionDto']) =>
    ok(api.POST('/api/v1/incidents/{id}/assessments/override', { params: { path: { id: incident.id } }, body })),
  );
  const { legal } = useLocale();
  const assessment = incident.assessment;
  return (
    <Section title={t.assessment}>
      {assessment ? (
        <>
          <Decision assessment={assessment} />
          {assessment.override && (
            <p className="alert info">
              {t.override}: {assessment.override.byName}, <Time iso={assessment.override.at} /> — {assessment.override.justification}
            </p>
          )}
          <Reasons assessment={assessment} />
          {assessment.parts && assessment.parts.length > 1 && <Parts parts={assessment.parts} />}
        </>
      ) : (
        <p>{t.notAssessed}</p>
      )}
      {mayActAs(user, 'reporter') && incident.state === 'open' && (
        <div className="actions">
          <button type="button" onClick={() => reassess.mutate(undefined)} disabled={reassess.isPending}>
            {t.reassess}
          </button>
        </div>
      )}
      <ErrorMessage error={reassess.error} />
      {history.data && history.data.length > 0 && (
        <details>
          <summary>
            {t.versions} ({history.data.length})
          </summary>
          <TableWrap label={t.versions}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.version}</th>
                  <th scope="col">{t.created}</th>
                  <th scope="col">{t.riskLevel}</th>
                  <th scope="col">{t.notifyAuthority}</th>
                  <th scope="col">{t.notifyDataSubjects}</th>
                </tr>
              </thead>
              <tbody>
                {[...history.data].reverse().map((a) => (
                  <tr key={a.version}>
                    <td>{a.version}</td>
                    <td>
                      <Time iso={a.assessedAt} />
                    </td>
                    <td>{legal.vocabulary.riskLevel[a.riskLevel]}</td>
                    <td>{a.notifyAuthority ? t.yes : t.no}</td>
                    <td>{a.notifyDataSubjects ? t.yes : t.no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </details>
      )}
      {mayActAs(user, 'dpo') && incident.state === 'open' && (
        <details>
          <summary>{t.override}</summary>
          <ActionForm label={t.overrideSave} onSubmit={() => save.mutate(override)} pending={save.isPending} error={save.error}>
            <SelectField
              label={t.riskLevel}
              value={override.riskLevel}
              onChange={(e) => setOverride({ ...override, riskLevel: e.target.value as 'risk' })}
              options={(['unlikely', 'risk', 'high_risk'] as const).map((r) => [r, legal.vocabulary.riskLevel[r]])}
            />
            <Checkbox
              label={t.notifyAuthority}
              checked={override.notifyAuthority}
              onChange={(notifyAuthority) => setOverride({ ...override, notifyAuthority })}
            />
            <Checkbox
              label={t.notifyDataSubjects}
              checked={override.notifyDataSubjects}
              onChange={(notifyDataSubjects) => setOverride({ ...override, notifyDataSubjects })}
            />
            <TextArea
              label={t.justification}
              required
              minLength={20}
              value={override.justification}
              onChange={(e) => setOverride({ ...override, justification: e.target.value })}
            />
          </ActionForm>
        </details>
      )}
    </Section>
  );
}

function ClocksSection({ incident }: { incident: Incident }) {
  const { t } = useLocale();
  const clocks = useQuery({
    queryKey: ['incident', incident.id, 'clocks'],
    queryFn: () => ok(api.GET('/api/v1/incidents/{id}/clocks', { params: { path: { id: incident.id } } })),
    refetchInterval: 30_000,
  });
  return (
    <Section title={t.clocks}>
      {clocks.isPending && <Loading />}
      <ErrorMessage error={clocks.error} />
      {clocks.data && (
        <TableWrap label={t.clocks}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.legalBasis}</th>
                <th scope="col">{t.recipient}</th>
                <th scope="col">{t.deadline}</th>
                <th scope="col">{t.state}</th>
              </tr>
            </thead>
            <tbody>
              {clocks.data.map((clock) => (
                <tr key={clock.key}>
                  <td>{clock.legalBasis}</td>
                  <td>{clock.recipient}</td>
                  <td>
                    <Time iso={clock.dueAt} />
                    {clock.state === 'running' || clock.state === 'missed' ? (
                      <>
                        <br />
                        <Countdown dueAt={clock.dueAt} />
                      </>
                    ) : null}
                  </td>
                  <td>
                    {t.clockState[clock.state]}
                    {clock.metAt && (
                      <>
                        {' '}
                        <Time iso={clock.metAt} />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </Section>
  );
}

function EscalationsSection({ incident }: { incident: Incident }) {
  const { t } = useLocale();
  const steps = useQuery({
    queryKey: ['incident', incident.id, 'escalations'],
    queryFn: () => ok(api.GET('/api/v1/incidents/{id}/escalations', { params: { path: { id: incident.id } } })),
  });
  return (
    <Section title={t.escalations}>
      <ErrorMessage error={steps.error} />
      <ol className="timeline">
        {steps.data?.map((step, i) => (
          <li key={i}>
            <Time iso={step.fireAt} /> — {step.clockKey} · {step.kind} · {step.level} · {step.audience.join(', ')} ·{' '}
            <strong>{step.state}</strong>
            {step.processedAt && (
              <>
                {' '}
                (<Time iso={step.processedAt} />)
              </>
            )}
          </li>
        ))}
      </ol>
    </Section>
  );
}

function NotesSection({ incident }: { incident: Incident }) {
  const { t } = useLocale();
  const [body, setBody] = useState('');
  const add = useIncidentMutation(
    incident.id,
    (text: string) => ok(api.POST('/api/v1/incidents/{id}/notes', { params: { path: { id: incident.id } }, body: { body: text } })),
    () => setBody(''),
  );
  return (
    <Section title={t.notes}>
      <ol className="timeline">
        {incident.notes?.map((note) => (
          <li key={note.id}>
            <Time iso={note.createdAt} /> — <strong>{note.authorName}</strong>: {note.body}
          </li>
        ))}
      </ol>
      <ActionForm label={t.addNote} onSubmit={() => add.mutate(body)} pending={add.isPending} error={add.error}>
        <TextArea label={t.note} value={body} onChange={(e) => setBody(e.target.value)} />
      </ActionForm>
    </Section>
  );
}

function NoticesSection({ incident }: { incident: Incident }) {
  const { t, language } = useLocale();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const notices = useQuery({
    queryKey: ['incident', incident.id, 'notices'],
    queryFn: () => ok(api.GET('/api/v1/incidents/{id}/notices', { params: { path: { id: incident.id } } })),
  });
  const [kind, setKind] = useState<Schemas['CreateNoticeDto']['kind']>(incident.role === 'processor' ? 'controller' : 'authority');
  const [noticeLanguage, setNoticeLanguage] = useState<'ro' | 'en'>(language);
  const create = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/api/v1/incidents/{id}/notices', {
          params: { path: { id: incident.id } },
          body: { kind, language: noticeLanguage, controllerIndex: 0 },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['incident', incident.id, 'notices'] }),
  });
  return (
    <Section title={t.notices}>
      <ErrorMessage error={notices.error} />
      <ul>
        {notices.data?.map((notice) => (
          <li key={notice.id}>
            <Link to={`/incidents/${incident.id}/notices/${notice.id}`}>{notice.title}</Link> — {t.noticeKind[notice.kind]},{' '}
            {notice.language.toUpperCase()}, {t.noticeState[notice.state]}, {t.version.toLowerCase()} {notice.version}
          </li>
        ))}
      </ul>
      {mayActAs(user, 'responder') && incident.state === 'open' && (
        <details>
          <summary>{t.draftNotice}</summary>
          <ActionForm label={t.create} onSubmit={() => create.mutate()} pending={create.isPending} error={create.error}>
            <SelectField
              label={t.kind}
              value={kind}
              onChange={(e) => setKind(e.target.value as 'authority')}
              options={(['authority', 'data_subjects', 'controller'] as const).map((k) => [k, t.noticeKind[k]])}
            />
            <SelectField
              label={t.noticeLanguage}
              value={noticeLanguage}
              onChange={(e) => setNoticeLanguage(e.target.value as 'ro')}
              options={[
                ['ro', 'Română'],
                ['en', 'English'],
              ]}
            />
          </ActionForm>
        </details>
      )}
    </Section>
  );
}

function AuditSection({ incident }: { incident: Incident }) {
  const { t } = useLocale();
  const entries = useQuery({
    queryKey: ['incident', incident.id, 'audit'],
    queryFn: () => ok(api.GET('/api/v1/audit/entries', { params: { query: { entityId: incident.id } } })),
  });
  return (
    <Section title={t.auditTrail}>
      <ErrorMessage error={entries.error} />
      <ol className="timeline">
        {entries.data?.map((entry) => (
          <li key={entry.id}>
            <Time iso={entry.at} /> — {entry.actorName}: <code>{entry.action}</code>
          </li>
        ))}
      </ol>
    </Section>
  );
}

function CloseSection({ incident }: { incident: Incident }) {
  const { t } = useLocale();
  const [category, setCategory] = useState<Schemas['CloseIncidentDto']['category']>('resolved');
  const [reason, setReason] = useState('');
  const close = useIncidentMutation(incident.id, () =>
    ok(api.POST('/api/v1/incidents/{id}/close', { params: { path: { id: incident.id } }, body: { category, reason } })),
  );
  return (
    <Section title={t.closeIncident}>
      <ActionForm label={t.closeIncident} onSubmit={() => close.mutate(undefined)} pending={close.isPending} error={close.error}>
        <SelectField
          label={t.category}
          value={category}
          onChange={(e) => setCategory(e.target.value as 'resolved')}
          options={(['resolved', 'not_a_personal_data_breach', 'duplicate', 'false_positive'] as const).map((c) => [c, t.closeCategory[c]])}
        />
        <TextArea label={t.reason} required value={reason} onChange={(e) => setReason(e.target.value)} />
      </ActionForm>
    </Section>
  );
}

/** Who took the incident on, and for a responder still open, the button to take it on (or over). */
function Acknowledgement({ incident }: { incident: Incident }) {
  const { t } = useLocale();
  const { user } = useSession();
  const acknowledge = useIncidentMutation(incident.id, () =>
    ok(api.POST('/api/v1/incidents/{id}/acknowledge', { params: { path: { id: incident.id } } })),
  );
  const mine = incident.acknowledgedBy?.id === `user:${user.id}`;
  return (
    <div className="acknowledgement">
      <p>
        {incident.acknowledgedBy ? (
          <>
            {t.acknowledgedBy(incident.acknowledgedBy.name)}, <Time iso={incident.acknowledgedAt} />
          </>
        ) : (
          t.notAcknowledged
        )}
      </p>
      {mayActAs(user, 'responder') && incident.state === 'open' && !mine && (
        <ActionForm
          label={t.acknowledge}
          onSubmit={() => acknowledge.mutate(undefined)}
          pending={acknowledge.isPending}
          error={acknowledge.error}
        >
          <p className="muted">{t.acknowledgeHint}</p>
        </ActionForm>
      )}
    </div>
  );
}

export default function IncidentPage() {
  const { t } = useLocale();
  const { user } = useSession();
  const { id = '' } = useParams();
  const incident = useQuery({
    queryKey: ['incident', id],
    queryFn: () => ok(api.GET('/api/v1/incidents/{id}', { params: { path: { id } } })),
  });
  if (incident.isPending) return <Loading />;
  if (!incident.data) return <ErrorMessage error={incident.error} />;
  const i = incident.data;
  return (
    <>
      <h1>
        {i.reference} — {i.title}
      </h1>
      {i.state === 'closed' && (
        <p className="alert info">
          {t.closed}: {t.closeCategory[i.closeCategory ?? 'resolved']} (<Time iso={i.closedAt} />) — {i.closeReason}
        </p>
      )}
      <Acknowledgement incident={i} />
      <div className="grid">
        <ClocksSection incident={i} />
        <AssessmentSection incident={i} />
      </div>
      <NoticesSection incident={i} />
      <FactsSection incident={i} />
      <div className="grid">
        <NotesSection incident={i} />
        <EscalationsSection incident={i} />
      </div>
      {mayActAs(user, 'responder') && <AuditSection incident={i} />}
      {mayActAs(user, 'responder') && i.state === 'open' && <CloseSection incident={i} />}
    </>
  );
}
