import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { DATA_CATEGORIES, ENCRYPTION_LEVELS, INCIDENT_ROLES, SUBJECT_CATEGORIES } from '../../../src/risk/facts.js';
import { api, download, ok, type Schemas } from '../api';
import { useLocale } from '../i18n';
import { mayActAs, useSession } from '../session';
import { formatNumber } from '../time';
import { Checkbox, CheckboxGroup, Dialog, ErrorMessage, Loading, Section, SelectField, TableWrap, TextArea, TextField } from '../ui';
import { INVENTORY_STRINGS } from './inventory-strings';

type System = Schemas['SystemView'];
type Customer = Schemas['CustomerView'];
type DataSetBody = Schemas['DataSetDto'];

/** A data set as the form holds it: numbers as typed. */
interface DataSetDraft extends Omit<DataSetBody, 'subjectsAffected' | 'recordsAffected' | 'customers'> {
  /** React's key: a draft has no id, and its position changes when one above it is removed. */
  key: number;
  subjectsAffected: string;
  recordsAffected: string;
  customers: Array<{ key: number; customerId: string; subjectsAffected: string; recordsAffected: string }>;
}

/** The queries an inventory change makes stale (a customer's name shows in the systems too). */
const isInventoryQuery = (query: { queryKey: readonly unknown[] }) => query.queryKey[0] === 'systems' || query.queryKey[0] === 'customers';

let lastKey = 0;
const nextKey = () => ++lastKey;

const text = (n: number | undefined) => (n === undefined ? '' : String(n));
const number = (s: string) => (s.trim() === '' ? undefined : Number(s));

function draftOf(dataSet?: System['dataSets'][number]): DataSetDraft {
  return {
    key: nextKey(),
    role: dataSet?.role ?? 'controller',
    dataCategories: dataSet?.dataCategories ?? [],
    subjectCategories: dataSet?.subjectCategories ?? [],
    subjectsAffected: text(dataSet?.subjectsAffected),
    recordsAffected: text(dataSet?.recordsAffected),
    encryptionAtRest: dataSet?.encryptionAtRest,
    hosting: dataSet?.hosting ?? '',
    retention: dataSet?.retention ?? '',
    electronicCommunications: dataSet?.electronicCommunications ?? false,
    customers: (dataSet?.customers ?? []).map((share) => ({
      key: nextKey(),
      customerId: share.customerId,
      subjectsAffected: text(share.subjectsAffected),
      recordsAffected: text(share.recordsAffected),
    })),
  };
}

function bodyOf(draft: DataSetDraft): DataSetBody {
  return {
    role: draft.role,
    dataCategories: draft.dataCategories,
    subjectCategories: draft.subjectCategories,
    subjectsAffected: number(draft.subjectsAffected),
    recordsAffected: number(draft.recordsAffected),
    ...(draft.encryptionAtRest ? { encryptionAtRest: draft.encryptionAtRest } : {}),
    ...(draft.hosting ? { hosting: draft.hosting } : {}),
    ...(draft.retention ? { retention: draft.retention } : {}),
    electronicCommunications: draft.electronicCommunications,
    ...(draft.role === 'processor'
      ? {
          customers: draft.customers.map((share) => ({
            customerId: share.customerId,
            subjectsAffected: number(share.subjectsAffected),
            recordsAffected: number(share.recordsAffected),
          })),
        }
      : {}),
  };
}

function DataSetFields({
  n,
  draft,
  customers,
  onChange,
  onRemove,
}: {
  n: number;
  draft: DataSetDraft;
  customers: Customer[];
  onChange: (draft: DataSetDraft) => void;
  onRemove: () => void;
}) {
  const { language, legal } = useLocale();
  const s = INVENTORY_STRINGS[language];
  const vocabulary = legal.vocabulary;
  const set = (change: Partial<DataSetDraft>) => onChange({ ...draft, ...change });
  const setShare = (i: number, change: Partial<DataSetDraft['customers'][number]>) =>
    set({ customers: draft.customers.map((share, j) => (j === i ? { ...share, ...change } : share)) });
  return (
    <fieldset className="card">
      <legend>{s.dataSet(n)}</legend>
      <SelectField
        label={s.role}
        value={draft.role}
        onChange={(e) => set({ role: e.target.value as DataSetDraft['role'] })}
        options={INCIDENT_ROLES.map((role) => [role, vocabulary.role[role]])}
      />
      <CheckboxGroup
        legend={s.dataCategories}
        options={DATA_CATEGORIES.map((c) => [c, vocabulary.dataCategory[c]])}
        value={draft.dataCategories}
        onChange={(dataCategories) => set({ dataCategories })}
      />
      <CheckboxGroup
        legend={s.subjectCategories}
        options={SUBJECT_CATEGORIES.map((c) => [c, vocabulary.subjectCategory[c]])}
        value={draft.subjectCategories}
        onChange={(subjectCategories) => set({ subjectCategories })}
      />
      <TextField
        label={s.people}
        inputMode="numeric"
        value={draft.subjectsAffected}
        onChange={(e) => set({ subjectsAffected: e.target.value })}
      />
      <TextField
        label={s.records}
        inputMode="numeric"
        value={draft.recordsAffected}
        onChange={(e) => set({ recordsAffected: e.target.value })}
      />
      <SelectField
        label={s.encryptionAtRest}
        value={draft.encryptionAtRest ?? ''}
        onChange={(e) => set({ encryptionAtRest: (e.target.value || undefined) as DataSetDraft['encryptionAtRest'] })}
        options={[['', s.notStated], ...ENCRYPTION_LEVELS.map((level): [string, string] => [level, s.encryption[level]])]}
      />
      <TextField label={s.hosting} value={draft.hosting} onChange={(e) => set({ hosting: e.target.value })} />
      <TextField label={s.retention} value={draft.retention} onChange={(e) => set({ retention: e.target.value })} />
      <Checkbox
        label={s.electronicCommunications}
        checked={draft.electronicCommunications ?? false}
        onChange={(v) => set({ electronicCommunications: v })}
      />
      {draft.role === 'processor' && (
        <fieldset>
          <legend>{s.shares}</legend>
          {draft.customers.map((share, i) => (
            <div key={share.key} className="share">
              <SelectField
                label={`${s.customer} ${i + 1}`}
                value={share.customerId}
                onChange={(e) => setShare(i, { customerId: e.target.value })}
                options={customers.map((c) => [c.id, c.name])}
              />
              <TextField
                label={s.people}
                inputMode="numeric"
                value={share.subjectsAffected}
                onChange={(e) => setShare(i, { subjectsAffected: e.target.value })}
              />
              <TextField
                label={s.records}
                inputMode="numeric"
                value={share.recordsAffected}
                onChange={(e) => setShare(i, { recordsAffected: e.target.value })}
              />
              <button type="button" onClick={() => set({ customers: draft.customers.filter((_, j) => j !== i) })}>
                {s.removeShare(i + 1)}
              </button>
            </div>
          ))}
          <button
            type="button"
            disabled={!customers.length}
            onClick={() =>
              set({
                customers: [
                  ...draft.customers,
                  { key: nextKey(), customerId: customers[0]?.id ?? '', subjectsAffected: '', recordsAffected: '' },
                ],
              })
            }
          >
            {s.addShare}
          </button>
        </fieldset>
      )}
      <button type="button" className="danger" onClick={onRemove}>
        {s.removeDataSet(n)}
      </button>
    </fieldset>
  );
}

/** A system's or a customer's form: saves, refreshes the inventory, and shows the API's refusal line by line. */
function EntryForm({ save, onDone, children }: { save: () => Promise<unknown>; onDone: () => void; children: ReactNode }) {
  const { language } = useLocale();
  const s = INVENTORY_STRINGS[language];
  const queryClient = useQueryClient();
  const saving = useMutation({
    mutationFn: save,
    onSuccess: () => {
      void queryClient.invalidateQueries({ predicate: isInventoryQuery });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    saving.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      {children}
      <ErrorMessage error={saving.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={saving.isPending}>
          {s.save}
        </button>
        <button type="button" onClick={onDone}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}

function SystemForm({ system, customers, onDone }: { system?: System; customers: Customer[]; onDone: () => void }) {
  const { language } = useLocale();
  const s = INVENTORY_STRINGS[language];
  const [slug, setSlug] = useState(system?.slug ?? '');
  const [name, setName] = useState(system?.name ?? '');
  const [description, setDescription] = useState(system?.description ?? '');
  const [dataSets, setDataSets] = useState<DataSetDraft[]>(system ? system.dataSets.map(draftOf) : [draftOf()]);
  const save = () => {
    const body = { name, description: description || null, dataSets: dataSets.map(bodyOf) };
    return system
      ? ok(api.PATCH('/api/v1/systems/{slug}', { params: { path: { slug: system.slug } }, body }))
      : ok(api.POST('/api/v1/systems', { body: { ...body, slug } }));
  };
  return (
    <EntryForm save={save} onDone={onDone}>
      {!system && <TextField label={s.slug} hint={s.slugHint} required value={slug} onChange={(e) => setSlug(e.target.value)} />}
      <TextField label={s.name} required value={name} onChange={(e) => setName(e.target.value)} />
      <TextArea label={s.description} value={description} onChange={(e) => setDescription(e.target.value)} />
      {dataSets.map((draft, i) => (
        <DataSetFields
          key={draft.key}
          n={i + 1}
          draft={draft}
          customers={customers}
          onChange={(next) => setDataSets(dataSets.map((d, j) => (j === i ? next : d)))}
          onRemove={() => setDataSets(dataSets.filter((_, j) => j !== i))}
        />
      ))}
      <button type="button" onClick={() => setDataSets([...dataSets, draftOf()])}>
        {s.addDataSet}
      </button>
    </EntryForm>
  );
}

function CustomerForm({ customer, onDone }: { customer?: Customer; onDone: () => void }) {
  const { language } = useLocale();
  const s = INVENTORY_STRINGS[language];
  const [name, setName] = useState(customer?.name ?? '');
  const [contact, setContact] = useState(customer?.contact ?? '');
  const [noticeHours, setNoticeHours] = useState(String(customer?.noticeHours ?? 24));
  const [warnIn, setWarnIn] = useState<'ro' | 'en'>(customer?.language ?? 'ro');
  const [notes, setNotes] = useState(customer?.notes ?? '');
  const save = () => {
    const body = { name, contact, noticeHours: Number(noticeHours), language: warnIn, notes: notes || null };
    return customer
      ? ok(api.PATCH('/api/v1/customers/{id}', { params: { path: { id: customer.id } }, body }))
      : ok(api.POST('/api/v1/customers', { body }));
  };
  return (
    <EntryForm save={save} onDone={onDone}>
      <TextField label={s.name} required value={name} onChange={(e) => setName(e.target.value)} />
      <TextField label={s.contact} required value={contact} onChange={(e) => setContact(e.target.value)} />
      <TextField label={s.noticeHours} inputMode="numeric" value={noticeHours} onChange={(e) => setNoticeHours(e.target.value)} />
      <SelectField
        label={s.language}
        value={warnIn}
        onChange={(e) => setWarnIn(e.target.value as 'ro' | 'en')}
        options={[
          ['ro', 'Română'],
          ['en', 'English'],
        ]}
      />
      <TextArea label={s.notes} value={notes} onChange={(e) => setNotes(e.target.value)} />
    </EntryForm>
  );
}

function ImportExport({ mayImport }: { mayImport: boolean }) {
  const { language } = useLocale();
  const s = INVENTORY_STRINGS[language];
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const load = useMutation({
    mutationFn: async () => {
      if (!file) throw new Error(s.chooseFile);
      const format = file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'json';
      const content = await file.text();
      return ok(
        api.POST('/api/v1/inventory/import', {
          params: { query: { format, mode } },
          // The file goes as it is: the API reads and checks it (a CSV sheet is not JSON).
          body: content as never,
          bodySerializer: (body: unknown) => body as string,
          headers: { 'Content-Type': format === 'csv' ? 'text/csv' : 'application/json' },
        }),
      );
    },
    onSuccess: () => void queryClient.invalidateQueries({ predicate: isInventoryQuery }),
  });
  return (
    <Section title={s.importTitle}>
      <div className="actions">
        <button type="button" onClick={() => void download('/api/v1/inventory?format=csv', 'inventory.csv')}>
          {s.exportCsv}
        </button>
        <button type="button" onClick={() => void download('/api/v1/inventory?format=json', 'inventory.json')}>
          {s.exportJson}
        </button>
      </div>
      {mayImport && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            load.mutate();
          }}
          noValidate
        >
          <TextField
            label={s.importFile}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <SelectField
            label={s.mode}
            value={mode}
            onChange={(e) => setMode(e.target.value as 'merge' | 'replace')}
            options={[
              ['merge', s.merge],
              ['replace', s.replace],
            ]}
          />
          <button type="submit" className="primary" disabled={load.isPending}>
            {s.import}
          </button>
          {load.data && (
            <p className="alert success" role="status">
              {s.imported(s.counts(load.data.customers), s.counts(load.data.systems))}
            </p>
          )}
          <ErrorMessage error={load.error} />
        </form>
      )}
    </Section>
  );
}

/** Edit and delete for one entry, to those who may edit; a refused delete (a customer still named) says why. */
function EntryActions({
  name,
  mayEdit,
  onEdit,
  remove,
}: {
  name: string;
  mayEdit: boolean;
  onEdit: () => void;
  remove: () => Promise<unknown>;
}) {
  const { language } = useLocale();
  const s = INVENTORY_STRINGS[language];
  const queryClient = useQueryClient();
  const deletion = useMutation({
    mutationFn: remove,
    onSuccess: () => void queryClient.invalidateQueries({ predicate: isInventoryQuery }),
  });
  if (!mayEdit) return null;
  return (
    <>
      <div className="actions">
        <button type="button" onClick={onEdit}>
          {s.edit(name)}
        </button>
        <button type="button" className="danger" onClick={() => deletion.mutate()} disabled={deletion.isPending}>
          {s.delete(name)}
        </button>
      </div>
      <ErrorMessage error={deletion.error} />
    </>
  );
}

function SystemCard({ system, mayEdit, onEdit }: { system: System; mayEdit: boolean; onEdit: () => void }) {
  const { language, legal } = useLocale();
  const s = INVENTORY_STRINGS[language];
  const vocabulary = legal.vocabulary;
  const figure = (n: number | undefined) => (n === undefined ? '—' : formatNumber(n, language));
  return (
    <li className="card">
      <h3>
        {system.name} <span className="muted mono">{system.slug}</span>
      </h3>
      {system.description && <p>{system.description}</p>}
      <TableWrap label={s.dataSetsOf(system.name)}>
        <table>
          <thead>
            <tr>
              <th scope="col">{s.role}</th>
              <th scope="col">{s.dataCategories}</th>
              <th scope="col">{s.subjectCategories}</th>
              <th scope="col">{s.people}</th>
              <th scope="col">{s.records}</th>
              <th scope="col">{s.encryptionAtRest}</th>
              <th scope="col">{s.hosting}</th>
              <th scope="col">{s.retention}</th>
              <th scope="col">{s.customers}</th>
            </tr>
          </thead>
          <tbody>
            {system.dataSets.map((dataSet, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: data sets have no id, and this list is only shown
              <tr key={i}>
                <td>
                  {vocabulary.role[dataSet.role]}
                  {dataSet.electronicCommunications && <span className="muted"> ({s.eComms})</span>}
                </td>
                <td>{dataSet.dataCategories.map((c) => vocabulary.dataCategory[c]).join('; ')}</td>
                <td>{dataSet.subjectCategories.map((c) => vocabulary.subjectCategory[c]).join('; ')}</td>
                <td>{figure(dataSet.subjectsAffected)}</td>
                <td>{figure(dataSet.recordsAffected)}</td>
                <td>{dataSet.encryptionAtRest ? s.encryption[dataSet.encryptionAtRest] : s.notStated}</td>
                <td>{dataSet.hosting}</td>
                <td>{dataSet.retention}</td>
                <td>
                  {dataSet.customers.map((share) => (
                    <div key={share.customerId}>
                      {share.customerName}: {figure(share.subjectsAffected)} / {figure(share.recordsAffected)}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <EntryActions
        name={system.name}
        mayEdit={mayEdit}
        onEdit={onEdit}
        remove={() => ok(api.DELETE('/api/v1/systems/{slug}', { params: { path: { slug: system.slug } } }))}
      />
    </li>
  );
}

function CustomerItem({ customer, mayEdit, onEdit }: { customer: Customer; mayEdit: boolean; onEdit: () => void }) {
  const { language } = useLocale();
  const s = INVENTORY_STRINGS[language];
  return (
    <li className="card">
      <h3>{customer.name}</h3>
      <p>
        {s.contact}: {customer.contact}; {s.noticeHours}: {customer.noticeHours}; {s.language}: {customer.language}
      </p>
      {customer.notes && <p className="muted">{customer.notes}</p>}
      <EntryActions
        name={customer.name}
        mayEdit={mayEdit}
        onEdit={onEdit}
        remove={() => ok(api.DELETE('/api/v1/customers/{id}', { params: { path: { id: customer.id } } }))}
      />
    </li>
  );
}

type Editing = { kind: 'system'; system?: System } | { kind: 'customer'; customer?: Customer } | null;

export default function Inventory() {
  const { language } = useLocale();
  const s = INVENTORY_STRINGS[language];
  const { user } = useSession();
  const mayEdit = mayActAs(user, 'responder') || mayActAs(user, 'admin');
  const systems = useQuery({ queryKey: ['systems'], queryFn: () => ok(api.GET('/api/v1/systems')) });
  const customers = useQuery({ queryKey: ['customers'], queryFn: () => ok(api.GET('/api/v1/customers')) });
  const [editing, setEditing] = useState<Editing>(null);
  const done = () => setEditing(null);
  const dialogTitle =
    editing?.kind === 'system'
      ? editing.system
        ? s.edit(editing.system.name)
        : s.newSystem
      : editing?.customer
        ? s.edit(editing.customer.name)
        : s.newCustomer;
  return (
    <>
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
      <ImportExport mayImport={mayActAs(user, 'admin')} />
      <Section title={s.systems}>
        {mayEdit && (
          <button type="button" onClick={() => setEditing({ kind: 'system' })}>
            {s.newSystem}
          </button>
        )}
        {systems.isPending && <Loading />}
        <ErrorMessage error={systems.error} />
        {systems.data?.length === 0 && <p>{s.noSystems}</p>}
        <ul className="plain">
          {systems.data?.map((system) => (
            <SystemCard key={system.id} system={system} mayEdit={mayEdit} onEdit={() => setEditing({ kind: 'system', system })} />
          ))}
        </ul>
      </Section>
      <Section title={s.customers}>
        {mayEdit && (
          <button type="button" onClick={() => setEditing({ kind: 'customer' })}>
            {s.newCustomer}
          </button>
        )}
        <ErrorMessage error={customers.error} />
        {customers.data?.length === 0 && <p>{s.noCustomers}</p>}
        <ul className="plain">
          {customers.data?.map((customer) => (
            <CustomerItem
              key={customer.id}
              customer={customer}
              mayEdit={mayEdit}
              onEdit={() => setEditing({ kind: 'customer', customer })}
            />
          ))}
        </ul>
      </Section>
      <Dialog title={dialogTitle} open={editing !== null} onClose={done}>
        {editing?.kind === 'system' && <SystemForm system={editing.system} customers={customers.data ?? []} onDone={done} />}
        {editing?.kind === 'customer' && <CustomerForm customer={editing.customer} onDone={done} />}
      </Dialog>
    </>
  );
}
