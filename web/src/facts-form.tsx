// The intake facts in plain words, for logging a breach and for editing one. Field names are the API's,
// so its 400 lines ("subjectsAffected must not be less than 0") land under the right input.
import { useQuery } from '@tanstack/react-query';
import type { Schemas } from './api';
import { ApiError, api, ok } from './api';
import { useLocale } from './i18n';
import { isoToLocalInput, localInputToIso } from './time';
import { BREACH_TYPES, DATA_CATEGORIES, ENCRYPTION_LEVELS, RECIPIENTS, SUBJECT_CATEGORIES } from '../../src/risk/facts.js';
import { Checkbox, CheckboxGroup, SelectField, TextArea, TextField } from './ui';

export type Facts = Schemas['CreateIncidentDto'];

export function emptyFacts(): Facts {
  return { title: '', role: 'controller', breachTypes: [], dataCategories: [], subjectCategories: [] };
}

/** The facts as the API takes them: blanks left out, the parts of breach types not chosen dropped. */
export function factsForApi(facts: Facts): Facts {
  const out: Facts = { ...facts };
  // With systems, what is left blank comes from the inventory (issue #15).
  if (!out.systems?.length) delete out.systems;
  else if (!out.dataCategories?.length) delete out.dataCategories;
  if (!out.role) delete out.role;
  for (const type of BREACH_TYPES) if (!facts.breachTypes.includes(type)) delete out[type];
  if (!out.description) delete out.description;
  if (!out.mitigation?.measures) delete out.mitigation;
  return out;
}

const num = (value: string): number | undefined => (value === '' ? undefined : Number(value));

export function FactsForm({ facts, onChange, error }: { facts: Facts; onChange: (facts: Facts) => void; error: unknown }) {
  const { t, legal, timeZone } = useLocale();
  const { vocabulary: v, labels } = legal;
  const errorsFor = (field: string) => (error instanceof ApiError ? error.linesFor(field) : undefined);
  const set = <K extends keyof Facts>(key: K, value: Facts[K]) => onChange({ ...facts, [key]: value });
  const systems = useQuery({ queryKey: ['systems'], queryFn: () => ok(api.GET('/api/v1/systems')) });
  const fromSystems = (facts.systems?.length ?? 0) > 0;
  // Choosing the first system hands role and data categories to the inventory; the reporter may still state them.
  const chooseSystems = (chosen: string[]) =>
    onChange({ ...facts, systems: chosen, ...(chosen.length && !fromSystems ? { role: undefined, dataCategories: [] } : {}) });
  const instant = (key: 'awareAt' | 'occurredAt' | 'detectedAt', label: string) => (
    <TextField
      label={`${label} (${timeZone})`}
      type="datetime-local"
      value={facts[key] ? isoToLocalInput(facts[key]!, timeZone) : ''}
      onChange={(e) => set(key, localInputToIso(e.target.value, timeZone))}
      errors={errorsFor(key)}
    />
  );
  return (
    <>
      <fieldset>
        <legend>{t.stepWhat}</legend>
        <TextField
          label={t.titleField}
          required
          maxLength={200}
          value={facts.title}
          onChange={(e) => set('title', e.target.value)}
          errors={errorsFor('title')}
        />
        <TextArea
          label={t.description}
          value={facts.description ?? ''}
          onChange={(e) => set('description', e.target.value)}
          errors={errorsFor('description')}
        />
        {systems.data?.length ? (
          <CheckboxGroup
            legend={t.systemsTouched}
            options={systems.data.map((system) => [system.slug, system.name])}
            value={facts.systems ?? []}
            onChange={chooseSystems}
            errors={errorsFor('systems')}
          />
        ) : null}
        <SelectField
          label={labels.role}
          value={facts.role ?? ''}
          onChange={(e) => set('role', (e.target.value || undefined) as Facts['role'])}
          options={[
            ...(fromSystems ? [['', t.fromTheSystems] as [string, string]] : []),
            ['controller', v.role.controller],
            ['processor', v.role.processor],
          ]}
          errors={errorsFor('role')}
        />
        <CheckboxGroup
          legend={labels.breachTypes}
          options={BREACH_TYPES.map((b) => [b, v.breachType[b]])}
          value={facts.breachTypes}
          onChange={(b) => set('breachTypes', b)}
          errors={errorsFor('breachTypes')}
        />
        <Checkbox label={labels.malicious} checked={!!facts.malicious} onChange={(m) => set('malicious', m)} />
      </fieldset>
      <fieldset>
        <legend>{t.stepData}</legend>
        <CheckboxGroup
          legend={labels.dataCategories}
          options={DATA_CATEGORIES.map((c) => [c, v.dataCategory[c]])}
          value={facts.dataCategories ?? []}
          onChange={(c) => set('dataCategories', c)}
          errors={errorsFor('dataCategories')}
        />
        <CheckboxGroup
          legend={labels.subjectCategories}
          options={SUBJECT_CATEGORIES.map((c) => [c, v.subjectCategory[c]])}
          value={facts.subjectCategories ?? []}
          onChange={(c) => set('subjectCategories', c)}
          errors={errorsFor('subjectCategories')}
        />
        <TextField
          label={labels.subjectsAffected}
          type="number"
          min={0}
          inputMode="numeric"
          value={facts.subjectsAffected ?? ''}
          onChange={(e) => set('subjectsAffected', num(e.target.value))}
          errors={errorsFor('subjectsAffected')}
        />
        <TextField
          label={labels.recordsAffected}
          type="number"
          min={0}
          inputMode="numeric"
          value={facts.recordsAffected ?? ''}
          onChange={(e) => set('recordsAffected', num(e.target.value))}
          errors={errorsFor('recordsAffected')}
        />
      </fieldset>
      <fieldset>
        <legend>{t.stepWhen}</legend>
        {instant('awareAt', labels.awareAt)}
        {instant('occurredAt', labels.occurredAt)}
        {instant('detectedAt', labels.detectedAt)}
      </fieldset>
      <fieldset>
        <legend>{t.stepCircumstances}</legend>
        {facts.breachTypes.includes('confidentiality') && (
          <>
            <SelectField
              label={labels.recipients}
              value={facts.confidentiality?.recipients ?? 'unknown'}
              onChange={(e) =>
                set('confidentiality', {
                  dataRetrieved: false,
                  ...facts.confidentiality,
                  recipients: e.target.value as (typeof RECIPIENTS)[number],
                })
              }
              options={RECIPIENTS.map((r) => [r, v.recipients[r]])}
              errors={errorsFor('confidentiality')}
            />
            <Checkbox
              label={labels.dataRetrieved}
              checked={!!facts.confidentiality?.dataRetrieved}
              onChange={(dataRetrieved) => set('confidentiality', { recipients: 'unknown', ...facts.confidentiality, dataRetrieved })}
            />
          </>
        )}
        {facts.breachTypes.includes('availability') && (
          <>
            <TextField
              label={labels.outageHours}
              type="number"
              min={0}
              value={facts.availability?.outageHours ?? ''}
              onChange={(e) =>
                set('availability', {
                  restorable: true,
                  permanentLoss: false,
                  ...facts.availability,
                  outageHours: num(e.target.value) ?? 0,
                })
              }
              errors={errorsFor('availability')}
            />
            <Checkbox
              label={labels.restorable}
              checked={facts.availability?.restorable ?? true}
              onChange={(restorable) => set('availability', { outageHours: 0, permanentLoss: false, ...facts.availability, restorable })}
            />
            <Checkbox
              label={labels.permanentLoss}
              checked={!!facts.availability?.permanentLoss}
              onChange={(permanentLoss) => set('availability', { outageHours: 0, restorable: true, ...facts.availability, permanentLoss })}
            />
          </>
        )}
        {facts.breachTypes.includes('integrity') && (
          <>
            <Checkbox
              label={labels.altered}
              checked={facts.integrity?.altered ?? true}
              onChange={(altered) => set('integrity', { recoverable: true, ...facts.integrity, altered })}
            />
            <Checkbox
              label={labels.recoverable}
              checked={facts.integrity?.recoverable ?? true}
              onChange={(recoverable) => set('integrity', { altered: true, ...facts.integrity, recoverable })}
            />
          </>
        )}
        <SelectField
          label={labels.encryption}
          value={facts.encryption?.level ?? 'none'}
          onChange={(e) =>
            set('encryption', { keyCompromised: false, ...facts.encryption, level: e.target.value as (typeof ENCRYPTION_LEVELS)[number] })
          }
          options={ENCRYPTION_LEVELS.map((level) => [level, v.encryption[level]])}
          errors={errorsFor('encryption')}
        />
        {facts.encryption && facts.encryption.level !== 'none' && (
          <Checkbox
            label={labels.keyCompromised}
            checked={facts.encryption.keyCompromised}
            onChange={(keyCompromised) => set('encryption', { ...facts.encryption!, keyCompromised })}
          />
        )}
        <TextArea
          label={labels.measures}
          value={facts.mitigation?.measures ?? ''}
          onChange={(e) => set('mitigation', { ...facts.mitigation, measures: e.target.value })}
          errors={errorsFor('mitigation')}
        />
      </fieldset>
    </>
  );
}
