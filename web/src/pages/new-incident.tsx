import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, ok } from '../api';
import { Decision, Reasons } from '../assessment';
import { emptyFacts, FactsForm, factsForApi, type Facts } from '../facts-form';
import { useLocale } from '../i18n';
import { ErrorMessage } from '../ui';

/** Quiet time after the last keystroke before the what-if is asked again. */
const WHAT_IF_DEBOUNCE_MS = 400;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export default function NewIncident() {
  const { t } = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [facts, setFacts] = useState<Facts>(emptyFacts);
  const settled = useDeferredValue(useDebounced(facts, WHAT_IF_DEBOUNCE_MS));
  const ready = settled.breachTypes.length > 0 && ((settled.dataCategories?.length ?? 0) > 0 || (settled.systems?.length ?? 0) > 0);
  const whatIf = useQuery({
    queryKey: ['what-if', settled],
    queryFn: () => ok(api.POST('/api/v1/risk/assess', { body: factsForApi({ ...settled, title: settled.title || '-' }) })),
    enabled: ready,
    placeholderData: (previous) => previous,
    retry: false,
  });
  const log = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/incidents', { body: factsForApi(facts) })),
    onSuccess: (incident) => {
      void queryClient.invalidateQueries({ queryKey: ['board'] });
      navigate(`/incidents/${incident.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    log.mutate();
  };
  return (
    <>
      <h1>{t.newIncidentTitle}</h1>
      <div className="grid">
        <form onSubmit={submit} noValidate aria-label={t.newIncidentTitle}>
          {log.error ? (
            <div className="alert error" role="alert">
              <p>{t.fixErrors}</p>
              <ErrorMessage error={log.error} />
            </div>
          ) : null}
          <FactsForm facts={facts} onChange={setFacts} error={log.error ?? whatIf.error} />
          <button type="submit" className="primary" disabled={log.isPending}>
            {t.logIt}
          </button>
        </form>
        <aside className="card whatif" aria-labelledby="what-if">
          <h2 id="what-if">{t.whatIf}</h2>
          <p className="hint">{t.whatIfHint}</p>
          <div aria-live="polite">
            {whatIf.data && (
              <>
                <Decision assessment={whatIf.data} />
                <Reasons assessment={whatIf.data} />
              </>
            )}
          </div>
          {whatIf.error && <ErrorMessage error={whatIf.error} />}
        </aside>
      </div>
    </>
  );
}
