import { useMutation, useQuery } from '@tanstack/react-query';
import { api, ok } from '../api';
import { useLocale } from '../i18n';
import { useSession } from '../session';
import { Time } from '../time';
import { ErrorMessage, Loading, TableWrap } from '../ui';

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
    </>
  );
}
