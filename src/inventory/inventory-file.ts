// The inventory as a portable file (issue #15.5): JSON `{customers, systems}` and a records-of-processing sheet
// (CSV, one row per system, data set and customer share). Customers are named by their name, never an id, so a
// file moves between installations. Pure: reading checks every field and names each problem by its path (JSON)
// or its row and column (CSV); the service applies a file only when it has none.
import { csvRecord, parseCsv } from '../common/csv.js';
import type { FieldProblem } from '../common/domain-error.js';
import { DATA_CATEGORIES, ENCRYPTION_LEVELS, INCIDENT_ROLES, SUBJECT_CATEGORIES } from '../risk/facts.js';
import {
  DEFAULT_NOTICE_HOURS,
  LANGUAGES,
  MAX_CUSTOMERS_PER_DATA_SET,
  MAX_DATA_SETS,
  MAX_NOTICE_HOURS,
  MAX_RECORDS,
  MAX_SUBJECTS,
  MIN_NOTICE_HOURS,
  SYSTEM_SLUG,
  shareProblems,
  type CustomerFields,
  type DataSetFields,
  type ShareFields,
  type SystemFields,
} from './inventory.js';

export interface FileShare extends ShareFields {
  /** The customer's name. */
  customer: string;
}
export type FileDataSet = DataSetFields<FileShare>;
export type FileSystem = SystemFields<FileShare>;
export interface InventoryFile {
  customers: CustomerFields[];
  systems: FileSystem[];
}
export interface ReadInventory {
  file: InventoryFile | null;
  problems: FieldProblem[];
}

export const INVENTORY_FORMATS = ['json', 'csv'] as const;
export type InventoryFormat = (typeof INVENTORY_FORMATS)[number];

const MAX_CUSTOMERS = 2000;
const MAX_SYSTEMS = 2000;
/** A file with thousands of bad cells is answered with the first ones. */
const MAX_PROBLEMS = 200;

/**
 * A parsed JSON inventory checked field by field. A share may name a customer of the file or one of
 * `knownCustomers` (the installation's, when the file is merged into it).
 */
export function inventoryFromJson(raw: unknown, knownCustomers: ReadonlySet<string>): ReadInventory {
  return readInventory(raw, knownCustomers, (path) => path);
}

/** The CSV sheet checked row by row; problems name the row (the header is row 1) and the column. */
export function inventoryFromCsv(text: string, knownCustomers: ReadonlySet<string>): ReadInventory {
  const { records, problem } = parseCsv(text);
  if (problem) return { file: null, problems: [{ field: 'file', problem }] };
  const sheet = sheetToRaw(records);
  const read = readInventory(sheet.raw, knownCustomers, (path) => sheet.nameOf(path));
  const problems = [...sheet.problems, ...read.problems].slice(0, MAX_PROBLEMS);
  return problems.length ? { file: null, problems } : read;
}

/** The file as exported: customers by name, systems by slug, absent values left out, defaults written. */
export function inventoryJson(file: InventoryFile): InventoryFile {
  return {
    customers: [...file.customers].sort((a, b) => a.name.localeCompare(b.name)).map(canonicalCustomer),
    systems: [...file.systems].sort((a, b) => a.slug.localeCompare(b.slug)).map(canonicalSystem),
  };
}

// ---- CSV ----------------------------------------------------------------------------------------------------

const SYSTEM_COLUMNS = { systemSlug: 'slug', systemName: 'name', systemDescription: 'description' } as const;
const DATA_SET_COLUMNS = {
  role: 'role',
  dataCategories: 'dataCategories',
  subjectCategories: 'subjectCategories',
  subjectsAffected: 'subjectsAffected',
  recordsAffected: 'recordsAffected',
  encryptionAtRest: 'encryptionAtRest',
  hosting: 'hosting',
  retention: 'retention',
  electronicCommunications: 'electronicCommunications',
} as const;
const SHARE_COLUMNS = {
  customer: 'customer',
  customerSubjectsAffected: 'subjectsAffected',
  customerRecordsAffected: 'recordsAffected',
} as const;
const CUSTOMER_COLUMNS = {
  customerContact: 'contact',
  customerNoticeHours: 'noticeHours',
  customerLanguage: 'language',
  customerNotes: 'notes',
} as const;
/** The sheet's columns, in order: what a DPO's record of processing (Art. 30) has, one row per customer share. */
export const CSV_COLUMNS = [
  ...Object.keys(SYSTEM_COLUMNS),
  'dataSet',
  ...Object.keys(DATA_SET_COLUMNS),
  ...Object.keys(SHARE_COLUMNS),
  ...Object.keys(CUSTOMER_COLUMNS),
] as const;
const LIST_COLUMNS = new Set(['dataCategories', 'subjectCategories']);
const NUMBER_COLUMNS = new Set([
  'subjectsAffected',
  'recordsAffected',
  'customerSubjectsAffected',
  'customerRecordsAffected',
  'customerNoticeHours',
]);
const BOOLEAN_COLUMNS = new Set(['electronicCommunications']);

/** The sheet of the inventory: one row per (system, data set, customer share); customers no system names close it. */
export function inventoryCsv(file: InventoryFile): string {
  const { customers, systems } = inventoryJson(file);
  const byName = new Map(customers.map((customer) => [customer.name, customer]));
  const named = new Set<string>();
  const customerCells = (name: string) => {
    named.add(name);
    const customer = byName.get(name)!;
    return [customer.contact, customer.noticeHours, customer.language, customer.notes];
  };
  const rows: unknown[][] = systems.flatMap((system) => {
    const systemCells = [system.slug, system.name, system.description];
    if (!system.dataSets.length) return [systemCells];
    return system.dataSets.flatMap((dataSet, i) => {
      const dataSetCells = [
        i + 1,
        dataSet.role,
        dataSet.dataCategories,
        dataSet.subjectCategories,
        dataSet.subjectsAffected,
        dataSet.recordsAffected,
        dataSet.encryptionAtRest,
        dataSet.hosting,
        dataSet.retention,
        dataSet.electronicCommunications,
      ];
      if (!dataSet.customers.length) return [[...systemCells, ...dataSetCells]];
      return dataSet.customers.map((share) => [
        ...systemCells,
        ...dataSetCells,
        share.customer,
        share.subjectsAffected,
        share.recordsAffected,
        ...customerCells(share.customer),
      ]);
    });
  });
  const alone = customers.filter((customer) => !named.has(customer.name));
  const aloneRows = alone.map((customer) => [...Array(13).fill(null), customer.name, null, null, ...customerCells(customer.name)]);
  const padded = (row: readonly unknown[]) => [...row, ...Array(CSV_COLUMNS.length - row.length).fill(null)];
  return [CSV_COLUMNS, ...rows, ...aloneRows].map((row) => csvRecord(padded(row))).join('');
}

interface Origin {
  row: number;
  column: string;
}

/**
 * The sheet's rows as the JSON shape, each value's row and column remembered so that the JSON reader's problems
 * can name them. Rows of one system (same systemSlug) and one data set (same dataSet number, 1 when blank) are
 * merged; a column left blank on a later row repeats the earlier one, a different value is a problem.
 */
function sheetToRaw(records: string[][]): { raw: unknown; problems: FieldProblem[]; nameOf: (path: string) => string } {
  const problems: FieldProblem[] = [];
  const origins = new Map<string, Origin>();
  const nameOf = (path: string): string => {
    for (let at = path; at; at = at.replace(/(\.[^.[]+|\[\d+\])$/, '')) {
      const origin = origins.get(at);
      if (origin) return `row ${origin.row}, ${origin.column}`;
    }
    return path;
  };
  const [header = [], ...rows] = records;
  const known = new Set<string>(CSV_COLUMNS);
  header.forEach((column, i) => {
    if (!known.has(column))
      problems.push({
        field: `row 1, column ${i + 1}`,
        problem: `"${column}" is not a column of an inventory sheet (${CSV_COLUMNS.join(', ')})`,
      });
  });
  const systems: Record<string, unknown>[] = [];
  const customers: Record<string, unknown>[] = [];
  const systemAt = new Map<string, number>();
  const dataSetAt = new Map<string, number>();
  const customerAt = new Map<string, number>();

  /** Sets each column's value on `target` (at `path`), or checks it against the value an earlier row set. */
  const fill = (
    target: Record<string, unknown>,
    path: string,
    cells: Record<string, unknown>,
    columns: Record<string, string>,
    row: number,
  ) => {
    for (const [column, key] of Object.entries(columns)) {
      const value = cells[column];
      const field = `${path}.${key}`;
      const origin = origins.get(field);
      if (!origin) {
        origins.set(field, { row, column });
        target[key] = value;
      } else if (value !== undefined && target[key] === undefined) {
        origins.set(field, { row, column });
        target[key] = value;
      } else if (value !== undefined && JSON.stringify(value) !== JSON.stringify(target[key])) {
        problems.push({
          field: `row ${row}, ${column}`,
          problem: `differs from row ${origin.row}, which says ${JSON.stringify(target[key])}`,
        });
      }
    }
  };

  rows.forEach((record, index) => {
    const row = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    const cells = Object.fromEntries(header.map((column, i) => [column, cellValue(column, record[i] ?? '')]));
    const has = (columns: object) => Object.keys(columns).some((column) => cells[column] !== undefined);
    const customerName = cells.customer;
    if (typeof customerName === 'string' && has(CUSTOMER_COLUMNS)) {
      let c = customerAt.get(customerName);
      if (c === undefined) {
        c = customers.push({}) - 1;
        customerAt.set(customerName, c);
        customers[c].name = customerName;
        origins.set(`customers[${c}]`, { row, column: 'customer' });
        origins.set(`customers[${c}].name`, { row, column: 'customer' });
      }
      fill(customers[c], `customers[${c}]`, cells, CUSTOMER_COLUMNS, row);
    }
    if (!has(SYSTEM_COLUMNS) && !has(DATA_SET_COLUMNS) && cells.dataSet === undefined) {
      if (!has(CUSTOMER_COLUMNS))
        problems.push({ field: `row ${row}, systemSlug`, problem: 'is required (a row names a system, or a customer with its contact)' });
      return;
    }
    const slug = cells.systemSlug;
    if (typeof slug !== 'string') {
      problems.push({ field: `row ${row}, systemSlug`, problem: 'is required' });
      return;
    }
    let s = systemAt.get(slug);
    if (s === undefined) {
      s = systems.push({ dataSets: [] }) - 1;
      systemAt.set(slug, s);
      origins.set(`systems[${s}]`, { row, column: 'systemSlug' });
    }
    const system = systems[s];
    fill(system, `systems[${s}]`, cells, SYSTEM_COLUMNS, row);
    if (!has(DATA_SET_COLUMNS) && cells.dataSet === undefined && !has(SHARE_COLUMNS)) return;
    const number = cells.dataSet ?? 1;
    const dataSets = system.dataSets as Record<string, unknown>[];
    const key = `${slug}\u0000${String(number)}`;
    let d = dataSetAt.get(key);
    if (d === undefined) {
      d = dataSets.push({ customers: [] }) - 1;
      dataSetAt.set(key, d);
      origins.set(`systems[${s}].dataSets[${d}]`, { row, column: 'dataSet' });
      origins.set(`systems[${s}].dataSets[${d}].customers`, { row, column: 'customer' });
    }
    const dataSet = dataSets[d];
    fill(dataSet, `systems[${s}].dataSets[${d}]`, cells, DATA_SET_COLUMNS, row);
    if (customerName === undefined) {
      if (has(SHARE_COLUMNS))
        problems.push({ field: `row ${row}, customer`, problem: 'is required when the row gives a customer’s figures' });
      return;
    }
    const shares = dataSet.customers as Record<string, unknown>[];
    const k = shares.push({}) - 1;
    fill(shares[k], `systems[${s}].dataSets[${d}].customers[${k}]`, cells, SHARE_COLUMNS, row);
  });
  return { raw: { customers, systems }, problems: problems.slice(0, MAX_PROBLEMS), nameOf };
}

/** A cell as the JSON reader expects it: blank is absent, lists split on `;`, whole numbers and yes/no converted. */
function cellValue(column: string, cell: string): unknown {
  const text = cell.trim();
  if (text === '') return undefined;
  if (LIST_COLUMNS.has(column))
    return text
      .split(';')
      .map((item) => item.trim())
      .filter(Boolean);
  if (NUMBER_COLUMNS.has(column) && /^\d+$/.test(text)) return Number(text);
  if (BOOLEAN_COLUMNS.has(column)) {
    const lower = text.toLowerCase();
    if (['true', 'yes', 'da', '1'].includes(lower)) return true;
    if (['false', 'no', 'nu', '0'].includes(lower)) return false;
  }
  return column === 'dataSet' ? text : cell;
}

// ---- reading and checking -----------------------------------------------------------------------------------

type Raw = Record<string, unknown>;

class Reader {
  readonly problems: FieldProblem[] = [];
  constructor(private readonly nameOf: (path: string) => string) {}

  problem(path: string, problem: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ field: this.nameOf(path), problem });
  }

  object(value: unknown, path: string, keys: readonly string[], what: string): Raw | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.problem(path || 'file', `must be ${what} (an object)`);
      return null;
    }
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) this.problem(join(path, key), `is not a field of ${what} (${keys.join(', ')})`);
    }
    return value as Raw;
  }

  array(object: Raw, key: string, path: string, max: number, required = true): unknown[] {
    const value = object[key];
    if (value === undefined && !required) return [];
    if (!Array.isArray(value)) {
      this.problem(join(path, key), value === undefined ? 'is required' : 'must be a list');
      return [];
    }
    if (value.length > max) this.problem(join(path, key), `has ${value.length} entries, more than ${max}`);
    return value.slice(0, max);
  }

  text(object: Raw, key: string, path: string, max: number, required: boolean): string | undefined {
    const value = object[key];
    if (value === undefined || value === null) {
      if (required) this.problem(join(path, key), 'is required');
      return undefined;
    }
    if (typeof value !== 'string') this.problem(join(path, key), 'must be text');
    else if (required && value.trim() === '') this.problem(join(path, key), 'is required');
    else if (value.length > max) this.problem(join(path, key), `is longer than ${max} characters`);
    else if (value.includes('\u0000')) this.problem(join(path, key), 'contains a NUL character, which cannot be stored');
    else return value;
    return undefined;
  }

  int(object: Raw, key: string, path: string, min: number, max: number): number | undefined {
    const value = object[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    this.problem(join(path, key), `is ${JSON.stringify(value)}, not a whole number from ${min} to ${max}`);
    return undefined;
  }

  bool(object: Raw, key: string, path: string): boolean | undefined {
    const value = object[key];
    if (value === undefined || value === null || typeof value === 'boolean') return value ?? undefined;
    this.problem(join(path, key), `is ${JSON.stringify(value)}, not true or false`);
    return undefined;
  }

  oneOf<T extends string>(object: Raw, key: string, path: string, values: readonly T[], what: string, required: boolean): T | undefined {
    const value = object[key];
    if (value === undefined || value === null) {
      if (required) this.problem(join(path, key), `is required (${values.join(', ')})`);
      return undefined;
    }
    if (values.includes(value as T)) return value as T;
    this.problem(join(path, key), `is ${JSON.stringify(value)}, which is not ${what} (${values.join(', ')})`);
    return undefined;
  }

  listOf<T extends string>(object: Raw, key: string, path: string, values: readonly T[], what: string): T[] {
    const list = this.array(object, key, path, values.length);
    if (object[key] !== undefined && Array.isArray(object[key]) && !list.length) this.problem(join(path, key), 'must name at least one');
    const bad = list.filter((item) => !values.includes(item as T));
    for (const item of bad) this.problem(join(path, key), `has ${JSON.stringify(item)}, which is not ${what}`);
    const repeated = list.filter((item, i) => list.indexOf(item) !== i);
    for (const item of new Set(repeated)) this.problem(join(path, key), `names ${JSON.stringify(item)} twice`);
    return list as T[];
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function readInventory(raw: unknown, knownCustomers: ReadonlySet<string>, nameOf: (path: string) => string): ReadInventory {
  const r = new Reader(nameOf);
  const root = r.object(raw, '', ['customers', 'systems'], 'an inventory');
  if (!root) return { file: null, problems: r.problems };
  const customers = r
    .array(root, 'customers', '', MAX_CUSTOMERS, false)
    .map((value, i) => readCustomer(r, value, `customers[${i}]`))
    .filter((customer) => customer !== null);
  const names = new Set<string>();
  customers.forEach((customer, i) => {
    if (names.has(customer.name)) r.problem(`customers[${i}].name`, `names ${JSON.stringify(customer.name)} a second time`);
    names.add(customer.name);
  });
  const shareable = new Set([...names, ...knownCustomers]);
  const systems = r
    .array(root, 'systems', '', MAX_SYSTEMS, false)
    .map((value, i) => readSystem(r, value, `systems[${i}]`, shareable))
    .filter((system) => system !== null);
  const slugs = new Set<string>();
  systems.forEach((system, i) => {
    if (slugs.has(system.slug)) r.problem(`systems[${i}].slug`, `names ${JSON.stringify(system.slug)} a second time`);
    slugs.add(system.slug);
  });
  return r.problems.length ? { file: null, problems: r.problems } : { file: inventoryJson({ customers, systems }), problems: [] };
}

function readCustomer(r: Reader, value: unknown, path: string): CustomerFields | null {
  const raw = r.object(value, path, ['name', 'contact', 'noticeHours', 'language', 'notes'], 'a customer');
  if (!raw) return null;
  const name = r.text(raw, 'name', path, 200, true);
  const contact = r.text(raw, 'contact', path, 500, true);
  const noticeHours = r.int(raw, 'noticeHours', path, MIN_NOTICE_HOURS, MAX_NOTICE_HOURS);
  const language = r.oneOf(raw, 'language', path, LANGUAGES, 'a language', false);
  const notes = r.text(raw, 'notes', path, 5000, false);
  if (name === undefined || contact === undefined) return null;
  return { name, contact, noticeHours: noticeHours ?? DEFAULT_NOTICE_HOURS, language: language ?? 'ro', notes: notes ?? null };
}

const DATA_SET_KEYS = [...Object.values(DATA_SET_COLUMNS), 'customers'];

function readSystem(r: Reader, value: unknown, path: string, customers: ReadonlySet<string>): FileSystem | null {
  const raw = r.object(value, path, ['slug', 'name', 'description', 'dataSets'], 'a system');
  if (!raw) return null;
  const slug = r.text(raw, 'slug', path, 100, true);
  if (slug !== undefined && !SYSTEM_SLUG.test(slug)) {
    r.problem(
      join(path, 'slug'),
      `is ${JSON.stringify(slug)}: a slug is lowercase letters and digits joined by single hyphens, such as call-recordings`,
    );
  }
  const name = r.text(raw, 'name', path, 200, true);
  const description = r.text(raw, 'description', path, 5000, false);
  const dataSets = r
    .array(raw, 'dataSets', path, MAX_DATA_SETS, false)
    .map((item, i) => readDataSet(r, item, `${path}.dataSets[${i}]`, customers))
    .filter((dataSet) => dataSet !== null);
  for (const problem of shareProblems(dataSets, (share) => share.customer, 'customer', `${path}.dataSets`))
    r.problem(problem.field, problem.problem);
  if (slug === undefined || name === undefined) return null;
  return { slug, name, description: description ?? null, dataSets };
}

function readDataSet(r: Reader, value: unknown, path: string, customers: ReadonlySet<string>): FileDataSet | null {
  const raw = r.object(value, path, DATA_SET_KEYS, 'a data set');
  if (!raw) return null;
  const role = r.oneOf(raw, 'role', path, INCIDENT_ROLES, 'a role', true);
  const dataCategories = r.listOf(raw, 'dataCategories', path, DATA_CATEGORIES, 'a data category');
  const subjectCategories = r.listOf(raw, 'subjectCategories', path, SUBJECT_CATEGORIES, 'a subject category');
  const subjectsAffected = r.int(raw, 'subjectsAffected', path, 0, MAX_SUBJECTS);
  const recordsAffected = r.int(raw, 'recordsAffected', path, 0, MAX_RECORDS);
  const encryptionAtRest = r.oneOf(raw, 'encryptionAtRest', path, ENCRYPTION_LEVELS, 'an encryption level', false);
  const hosting = r.text(raw, 'hosting', path, 500, false);
  const retention = r.text(raw, 'retention', path, 500, false);
  const electronicCommunications = r.bool(raw, 'electronicCommunications', path) ?? false;
  const shares = r
    .array(raw, 'customers', path, MAX_CUSTOMERS_PER_DATA_SET, false)
    .map((item, i) => readShare(r, item, `${path}.customers[${i}]`, customers))
    .filter((share) => share !== null);
  if (role === undefined) return null;
  return {
    role,
    dataCategories,
    subjectCategories,
    subjectsAffected,
    recordsAffected,
    encryptionAtRest,
    hosting,
    retention,
    electronicCommunications,
    customers: shares,
  };
}

function readShare(r: Reader, value: unknown, path: string, customers: ReadonlySet<string>): FileShare | null {
  const raw = r.object(value, path, ['customer', 'subjectsAffected', 'recordsAffected'], 'a customer share');
  if (!raw) return null;
  const customer = r.text(raw, 'customer', path, 200, true);
  if (customer !== undefined && !customers.has(customer)) {
    r.problem(join(path, 'customer'), `is ${JSON.stringify(customer)}, which names no customer of the file or the inventory`);
  }
  const subjectsAffected = r.int(raw, 'subjectsAffected', path, 0, MAX_SUBJECTS);
  const recordsAffected = r.int(raw, 'recordsAffected', path, 0, MAX_RECORDS);
  return customer === undefined ? null : { customer, subjectsAffected, recordsAffected };
}

// ---- canonical form -----------------------------------------------------------------------------------------

/** The object without its undefined (and, where a field may be left out, null) values, keys in a fixed order. */
function present<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null)) as T;
}

function canonicalCustomer(customer: CustomerFields): CustomerFields {
  const { name, contact, noticeHours, language, notes } = customer;
  return present({ name, contact, noticeHours, language, notes });
}

function canonicalSystem(system: FileSystem): FileSystem {
  const { slug, name, description } = system;
  return {
    ...present({ slug, name, description }),
    dataSets: system.dataSets.map((dataSet) =>
      present({
        role: dataSet.role,
        dataCategories: dataSet.dataCategories,
        subjectCategories: dataSet.subjectCategories,
        subjectsAffected: dataSet.subjectsAffected,
        recordsAffected: dataSet.recordsAffected,
        encryptionAtRest: dataSet.encryptionAtRest,
        hosting: dataSet.hosting,
        retention: dataSet.retention,
        electronicCommunications: dataSet.electronicCommunications,
        customers: dataSet.customers.map((share) =>
          present({ customer: share.customer, subjectsAffected: share.subjectsAffected, recordsAffected: share.recordsAffected }),
        ),
      }),
    ),
  } as FileSystem;
}
