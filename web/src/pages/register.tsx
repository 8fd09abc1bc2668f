import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api, download, ok, type Schemas } from '../api';
import { useLocale } from '../i18n';
import { formatNumber, localInputToIso, Time } from '../time';
import { ErrorMessage, Loading, SelectField, TextField, TableWrap } from '../ui';

export default function Register() {
  const { t, legal, language, timeZone } = useLocale();
  const register = useQuery({
    queryKey: ['register'],
    queryFn: async () => (await ok(api.GET('/api/v1/register', { params: { query: { format: 'json' } } }))) as Schemas['RegisterResponse'],
  });
  const [search, setSearch] = useState('');
  const [state, setState] = useState('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const entries = useMemo(() => {
    const q = search.trim().toLowerCase();
    const fromIso = from ? localInputToIso(`${from}T00:00`, timeZone) : undefined;
    const toIso = to ? localInputToIso(`${to}T00:00`, timeZone) : undefined;
    return (register.data?.entries ?? []).filter(
      (e) =>
        (!q || `${e.reference} ${e.title}`.toLowerCase().includes(q)) &&
        (state === 'all' || e.state === state) &&
        (!fromIso || e.awareAt >= fromIso) &&
        (!toIso || e.awareAt < toIso),
    );
  }, [register.data, search, state, from, to, timeZone]);
  return (
    <>
      <div className="page-head">
        <h1>{t.registerTitle}</h1>
        <div className="actions">
          <button type="button" onClick={() => void download('/api/v1/register?format=csv', 'register.csv')}>
            {t.exportCsv}
          </button>
          <button type="button" onClick={() => void download('/api/v1/register?format=json', 'register.json')}>
            {t.exportJson}
          </button>
        </div>
      </div>
      <search className="filters" aria-label={t.search}>
        <TextField label={t.search} hint={t.searchHint} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <SelectField
          label={t.state}
          value={state}
          onChange={(e) => setState(e.target.value)}
          options={[
            ['all', t.all],
            ['open', t.open],
            ['closed', t.closed],
          ]}
        />
        <TextField label={t.awareFrom} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField label={t.awareTo} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </search>
      {register.isPending && <Loading />}
      <ErrorMessage error={register.error} />
      {register.data && (
        <TableWrap label={t.registerTitle}>
          <table>
            <caption className="muted">
              {t.shown(formatNumber(entries.length, language), formatNumber(register.data.entries.length, language))}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.reference}</th>
                <th scope="col">{t.titleField}</th>
                <th scope="col">{legal.labels.awareAt}</th>
                <th scope="col">{t.riskLevel}</th>
                <th scope="col">{t.notifyAuthority}</th>
                <th scope="col">{t.notifyDataSubjects}</th>
                <th scope="col">{t.state}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.reference}>
                  <td className="ref">{e.reference}</td>
                  <td>{e.title}</td>
                  <td>
                    <Time iso={e.awareAt} />
                  </td>
                  <td>{e.riskLevel ? legal.vocabulary.riskLevel[e.riskLevel as 'risk'] : t.notAssessed}</td>
                  <td>{e.notifyAuthority === null ? '—' : e.notifyAuthority ? t.yes : t.no}</td>
                  <td>{e.notifyDataSubjects === null ? '—' : e.notifyDataSubjects ? t.yes : t.no}</td>
                  <td>{e.state === 'closed' ? `${t.closed}${e.closeCategory ? ` (${t.closeCategory[e.closeCategory]})` : ''}` : t.open}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
