import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, ok, type Schemas } from '../api';
import { useLocale } from '../i18n';
import { mayActAs, useSession } from '../session';
import { Checkbox, CheckboxGroup, ErrorMessage, Loading, SelectField, TextField } from '../ui';

type Organisation = Schemas['OrganisationDto'];
type Sector = Organisation['sectors'][number];
const SECTORS: Sector[] = ['electronic_communications', 'nis2_essential', 'nis2_important', 'financial_dora'];

const hoursList = (text: string) =>
  text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number);

export default function OrganisationPage() {
  const { t, legal } = useLocale();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const organisation = useQuery({ queryKey: ['organisation'], queryFn: () => ok(api.GET('/api/v1/organisation')) });
  const [draft, setDraft] = useState<Organisation | null>(null);
  const [reminders, setReminders] = useState('');
  useEffect(() => {
    if (organisation.data) {
      setDraft(organisation.data);
      setReminders(organisation.data.escalation.reminderHoursLeft.join(', '));
    }
  }, [organisation.data]);
  const save = useMutation({
    mutationFn: (body: Schemas['PatchOrganisationDto']) => ok(api.PATCH('/api/v1/organisation', { body })),
    onSuccess: (saved) => queryClient.setQueryData(['organisation'], saved),
  });
  if (organisation.isPending || !draft) return organisation.error ? <ErrorMessage error={organisation.error} /> : <Loading />;
  const admin = mayActAs(user, 'admin');
  const errors = (field: string) => (save.error instanceof ApiError ? save.error.linesFor(field) : undefined);
  const text = (label: string, value: string, onChange: (v: string) => void, field: string, type = 'text') => (
    <TextField
      label={label}
      type={type}
      readOnly={!admin}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      errors={errors(field)}
    />
  );
  const e = draft.escalation;
  const setEscalation = (changes: Partial<typeof e>) => setDraft({ ...draft, escalation: { ...e, ...changes } });
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const { name, registrationCode, address, sector, sectors, dpo, leadAuthority, singlePersonApproval } = draft;
    save.mutate({
      name,
      registrationCode,
      address,
      sector,
      sectors,
      dpo,
      leadAuthority,
      singlePersonApproval,
      escalation: { ...e, reminderHoursLeft: hoursList(reminders) },
    });
  };
  return (
    <>
      <h1>{t.organisationTitle}</h1>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t.organisation}</legend>
          {text(legal.labels.organisationName, draft.name, (name) => setDraft({ ...draft, name }), 'name')}
          {text(
            legal.labels.registrationCode,
            draft.registrationCode,
            (registrationCode) => setDraft({ ...draft, registrationCode }),
            'registrationCode',
          )}
          {text(legal.labels.address, draft.address, (address) => setDraft({ ...draft, address }), 'address')}
          <SelectField
            label={legal.labels.sector}
            disabled={!admin}
            value={draft.sector}
            onChange={(ev) => setDraft({ ...draft, sector: ev.target.value as 'public' })}
            options={[
              ['private', legal.vocabulary.sector.private],
              ['public', legal.vocabulary.sector.public],
            ]}
          />
          <CheckboxGroup
            legend={t.sectors}
            options={SECTORS.map((s) => [s, t.sectorName[s]])}
            value={draft.sectors}
            onChange={(sectors) => admin && setDraft({ ...draft, sectors })}
          />
        </fieldset>
        <fieldset>
          <legend>{t.dpo}</legend>
          {text(legal.labels.personName, draft.dpo.name, (name) => setDraft({ ...draft, dpo: { ...draft.dpo, name } }), 'dpo.name')}
          {text(legal.labels.email, draft.dpo.email, (email) => setDraft({ ...draft, dpo: { ...draft.dpo, email } }), 'dpo.email', 'email')}
          {text(legal.labels.phone, draft.dpo.phone, (phone) => setDraft({ ...draft, dpo: { ...draft.dpo, phone } }), 'dpo.phone', 'tel')}
          {text(
            legal.labels.address,
            draft.dpo.address,
            (address) => setDraft({ ...draft, dpo: { ...draft.dpo, address } }),
            'dpo.address',
          )}
        </fieldset>
        <fieldset>
          <legend>{t.escalationPolicy}</legend>
          <TextField
            label={t.reminderHoursLeft}
            hint="48, 24, 12, 6, 2"
            readOnly={!admin}
            value={reminders}
            onChange={(ev) => setReminders(ev.target.value)}
            errors={errors('escalation.reminderHoursLeft')}
          />
          <TextField
            label={t.dpoFromHoursLeft}
            type="number"
            readOnly={!admin}
            value={e.dpoFromHoursLeft}
            onChange={(ev) => setEscalation({ dpoFromHoursLeft: Number(ev.target.value) })}
            errors={errors('escalation.dpoFromHoursLeft')}
          />
          <TextField
            label={t.contactsFromHoursLeft}
            type="number"
            readOnly={!admin}
            value={e.contactsFromHoursLeft}
            onChange={(ev) => setEscalation({ contactsFromHoursLeft: Number(ev.target.value) })}
            errors={errors('escalation.contactsFromHoursLeft')}
          />
          <TextField
            label={t.overdueRepeatHours}
            type="number"
            readOnly={!admin}
            value={e.overdueRepeatHours}
            onChange={(ev) => setEscalation({ overdueRepeatHours: Number(ev.target.value) })}
            errors={errors('escalation.overdueRepeatHours')}
          />
          <Checkbox label={t.dpoOnLogging} checked={e.dpoOnLogging} onChange={(dpoOnLogging) => admin && setEscalation({ dpoOnLogging })} />
        </fieldset>
        <fieldset>
          <legend>{t.approvalOfNotices}</legend>
          <Checkbox
            label={t.allowSinglePersonApproval}
            hint={t.allowSinglePersonApprovalHint}
            checked={draft.singlePersonApproval?.allowed === true}
            onChange={(allowed) => admin && setDraft({ ...draft, singlePersonApproval: { allowed } })}
          />
        </fieldset>
        <ErrorMessage error={save.error} />
        {save.isSuccess && (
          <p className="alert success" role="status">
            {t.save} ✓
          </p>
        )}
        {admin && (
          <button type="submit" className="primary" disabled={save.isPending}>
            {t.save}
          </button>
        )}
      </form>
    </>
  );
}
