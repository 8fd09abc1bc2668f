import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, ok } from '../api';
import { useLocale } from '../i18n';
import { useSession } from '../session';
import { formatNumber, Time } from '../time';
import { ErrorMessage, Loading, RecoveryCodeList, Section, StepUpCodeField, stepUpCodeErrors, TableWrap } from '../ui';

export default function Account() {
  const { t } = useLocale();
  const { user } = useSession();
  const sessions = useQuery({ queryKey: ['my-sessions'], queryFn: () => ok(api.GET('/api/v1/auth/sessions')) });
  const revoke = useMutation({
    mutationFn: (id: string) => ok(api.DELETE('/api/v1/auth/sessions/{id}', { params: { path: { id } } })),
    onSuccess: () => void sessions.refetch(),
  });
  return (
    <>
      <h1>{t.sessionsTitle}</h1>
      <p>
        {user.name} ({user.email})
      </p>
      {sessions.isPending && <Loading />}
      <ErrorMessage error={sessions.error ?? revoke.error} />
      <TableWrap label={t.account}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.created}</th>
              <th scope="col">{t.lastSeen}</th>
              <th scope="col">{t.expires}</th>
              <th scope="col">
                <span className="muted">—</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.data?.map((s) => (
              <tr key={s.id}>
                <td>
                  <Time iso={s.createdAt} /> {s.userAgent && <span className="muted">{s.userAgent}</span>}
                </td>
                <td>
                  <Time iso={s.lastSeenAt} />
                </td>
                <td>
                  <Time iso={s.expiresAt} />
                </td>
                <td>
                  {s.current ? (
                    t.current
                  ) : (
                    <button type="button" className="danger" onClick={() => revoke.mutate(s.id)}>
                      {t.revoke}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <RecoveryCodes />
    </>
  );
}

/** How many recovery codes are left, and a new set (confirmed with a fresh code) when they run low or leaked. */
function RecoveryCodes() {
  const { t, language } = useLocale();
  const [code, setCode] = useState('');
  const status = useQuery({ queryKey: ['my-recovery-codes'], queryFn: () => ok(api.GET('/api/v1/auth/recovery-codes')) });
  const reissue = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/auth/recovery-codes', { body: { totpCode: code.trim() } })),
    onSuccess: () => {
      setCode('');
      void status.refetch();
    },
  });
  if (!status.data?.totpEnrolled) return null;
  const problem = reissue.error instanceof ApiError ? reissue.error : null;
  const codeErrors = stepUpCodeErrors(problem, t.stepUpInvalid);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    reissue.mutate();
  };
  return (
    <Section title={t.recoveryCodes} id="recovery-codes">
      <p>{t.recoveryCodesLeft(formatNumber(status.data.unused, language))}</p>
      {reissue.data ? (
        <>
          <p role="status">{t.newRecoveryCodesText}</p>
          <RecoveryCodeList codes={reissue.data.recoveryCodes} />
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <StepUpCodeField hint={t.newRecoveryCodesHint} value={code} onChange={(e) => setCode(e.target.value)} errors={codeErrors} />
          {problem && !codeErrors && <ErrorMessage error={problem} />}
          <div className="actions">
            <button type="submit" disabled={reissue.isPending}>
              {t.newRecoveryCodes}
            </button>
          </div>
        </form>
      )}
    </Section>
  );
}
