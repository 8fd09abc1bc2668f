import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api, ok } from '../api';
import { useLocale } from '../i18n';
import { formatNumber, Time } from '../time';
import { ErrorMessage, Loading, TableWrap } from '../ui';

const PAGE = 100;

export default function Audit() {
  const { t, language } = useLocale();
  const entries = useInfiniteQuery({
    queryKey: ['audit'],
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      ok(api.GET('/api/v1/audit/entries', { params: { query: { limit: PAGE, ...(pageParam ? { before: pageParam } : {}) } } })),
    getNextPageParam: (last) => (last.length === PAGE ? last[last.length - 1].id : undefined),
  });
  const verify = useMutation({ mutationFn: () => ok(api.GET('/api/v1/audit/verify')) });
  return (
    <>
      <h1>{t.auditTitle}</h1>
      <div className="actions">
        <button type="button" className="primary" onClick={() => verify.mutate()} disabled={verify.isPending}>
          {t.verifyChain}
        </button>
      </div>
      <div aria-live="polite">
        {verify.data &&
          (verify.data.ok ? (
            <p className="alert success">{t.chainOk(formatNumber(verify.data.entries, language))}</p>
          ) : (
            <div className="alert error">
              <p>{t.chainBroken(String(verify.data.firstBadEntry ?? '?'))}</p>
              <ul>
                {verify.data.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ))}
      </div>
      <ErrorMessage error={verify.error ?? entries.error} />
      {entries.isPending && <Loading />}
      <TableWrap label={t.auditTitle}>
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t.created}</th>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.kind}</th>
              <th scope="col">ID</th>
            </tr>
          </thead>
          <tbody>
            {entries.data?.pages.flat().map((e) => (
              <tr key={e.id}>
                <td>{e.id}</td>
                <td>
                  <Time iso={e.at} />
                </td>
                <td>{e.actorName}</td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td className="mono">
                  {e.entityType}:{e.entityId}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {entries.hasNextPage && (
        <button type="button" onClick={() => void entries.fetchNextPage()} disabled={entries.isFetchingNextPage}>
          …
        </button>
      )}
    </>
  );
}
