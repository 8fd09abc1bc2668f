import { useQuery } from '@tanstack/react-query';
import { memo, useDeferredValue, useMemo, useState, type MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Schemas } from '../api';
import { BOARD_REFRESH_MS, boardQuery } from '../board-query';
import { useLocale } from '../i18n';
import { mayActAs, useSession } from '../session';
import { Countdown, formatNumber, Time } from '../time';
import { ErrorMessage, Loading, SelectField, TextField } from '../ui';

type Item = Schemas['BoardItemView'];
type ClockFilter = 'all' | 'overdue' | 'under24h';
type DecisionFilter = 'all' | 'authority' | 'high_risk' | 'unassessed';

// A plain <a> per row, followed in the page by one handler on the list (followInPage): a router Link per row
// costs a thousand rows several hooks each, a good part of the board's time to interactive. Few elements per
// row, each text one string: layout time grows with the boxes on the page (11 elements a row took twice as long).
const Row = memo(function Row({ item }: { item: Item }) {
  const { t, legal } = useLocale();
  const decision = [
    item.riskLevel ? legal.vocabulary.riskLevel[item.riskLevel as 'risk'] : t.notAssessed,
    item.notifyAuthority && t.notifyAuthority,
    item.notifyDataSubjects && t.notifyDataSubjects,
  ];
  return (
    <li className="board-row">
      <a href={`/incidents/${item.id}`} className="board-title">{`${item.reference} ${item.title}`}</a>
      <span className="board-clock">
        {item.clock ? (
          <>
            <Countdown dueAt={item.clock.dueAt} />
            {` ${item.clock.legalBasis}`}
          </>
        ) : (
          t.noClock
        )}
      </span>
      <span className="board-decision">{decision.filter(Boolean).join(' · ')}</span>
      <span className="board-ack">
        {item.acknowledgedBy ? (
          <>
            {`${t.acknowledgedBy(item.acknowledgedBy.name)} `}
            <Time iso={item.acknowledgedAt} />
          </>
        ) : (
          t.notAcknowledged
        )}
      </span>
      <Time iso={item.awareAt} className="board-aware" />
    </li>
  );
});

/** A plain click on an incident's link opens it in the page; with a modifier key or another button it is the browser's (a new tab). */
function useFollowInPage(): (event: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  return (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    navigate(link.getAttribute('href')!);
  };
}

export default function Board() {
  const { t, language, legal } = useLocale();
  const { user } = useSession();
  const board = useQuery({ ...boardQuery, refetchInterval: BOARD_REFRESH_MS });
  const followInPage = useFollowInPage();
  const [search, setSearch] = useState('');
  const [clock, setClock] = useState<ClockFilter>('all');
  const [decision, setDecision] = useState<DecisionFilter>('all');
  const query = useDeferredValue(search.trim().toLowerCase());
  const items = board.data?.items;
  const shown = useMemo(() => {
    if (!items) return [];
    const now = Date.now();
    return items.filter((item) => {
      if (query && !`${item.reference} ${item.title}`.toLowerCase().includes(query)) return false;
      const left = item.clock ? Date.parse(item.clock.dueAt) - now : Infinity;
      if (clock === 'overdue' && !(left < 0)) return false;
      if (clock === 'under24h' && !(left < 24 * 3_600_000)) return false;
      if (decision === 'authority' && !item.notifyAuthority) return false;
      if (decision === 'high_risk' && item.riskLevel !== 'high_risk') return false;
      if (decision === 'unassessed' && item.riskLevel) return false;
      return true;
    });
  }, [items, query, clock, decision]);
  return (
    <>
      <div className="page-head">
        <h1>{t.boardTitle}</h1>
        {mayActAs(user, 'reporter') && (
          <Link to="/incidents/new" className="button primary">
            {t.logBreach}
          </Link>
        )}
      </div>
      <search className="filters" aria-label={t.search}>
        <TextField label={t.search} hint={t.searchHint} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <SelectField
          label={t.filterClock}
          value={clock}
          onChange={(e) => setClock(e.target.value as ClockFilter)}
          options={[
            ['all', t.all],
            ['overdue', t.overdueOnly],
            ['under24h', t.under24h],
          ]}
        />
        <SelectField
          label={t.filterDecision}
          value={decision}
          onChange={(e) => setDecision(e.target.value as DecisionFilter)}
          options={[
            ['all', t.all],
            ['authority', t.notifyAuthority],
            ['high_risk', legal.vocabulary.riskLevel.high_risk],
            ['unassessed', t.notAssessed],
          ]}
        />
      </search>
      {board.isPending && <Loading />}
      <ErrorMessage error={board.error} />
      {items && (
        <>
          <p role="status" className="muted">
            {t.shown(formatNumber(shown.length, language), formatNumber(items.length, language))}
          </p>
          {items.length === 0 ? (
            <p>{t.noIncidents}</p>
          ) : (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the clicks handled are the links', which Enter on a link fires too
            <ol className="board" aria-label={t.boardTitle} onClick={followInPage}>
              {shown.map((item) => (
                <Row key={item.id} item={item} />
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}
