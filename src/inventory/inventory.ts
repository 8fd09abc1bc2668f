// The data inventory's own vocabulary and the rules that need no database (issue #15). Pure: the DTOs at the
// edge, the services and the import file parser (inventory-file.ts) share it.
import type { FieldProblem } from '../common/domain-error.js';
import type { DataCategory, EncryptionLevel, IncidentRole, SubjectCategory } from '../risk/facts.js';

/** Lowercase kebab: incidents, Slack and exported files name a system by it, so it never changes. */
export const SYSTEM_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const LANGUAGES = ['ro', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The DPA's window to warn a customer: at least an hour, at most 30 days. */
export const MIN_NOTICE_HOURS = 1;
export const MAX_NOTICE_HOURS = 720;
/** The contract's default window for an affected controller (affectedControllers[].noticeHours). */
export const DEFAULT_NOTICE_HOURS = 24;
export const MAX_SUBJECTS = 10_000_000_000;
export const MAX_RECORDS = 1_000_000_000_000;
export const MAX_DATA_SETS = 50;
export const MAX_CUSTOMERS_PER_DATA_SET = 500;

export interface CustomerFields {
  name: string;
  /** Where breach warnings go (the DPA's contact). */
  contact: string;
  noticeHours: number;
  language: Language;
  notes: string | null;
}

/** A customer’s own figures in a processor data set (the share names the customer by id, or by name in a file). */
export interface ShareFields {
  subjectsAffected?: number;
  recordsAffected?: number;
}

export interface DataSetFields<Share> {
  role: IncidentRole;
  dataCategories: DataCategory[];
  subjectCategories: SubjectCategory[];
  subjectsAffected?: number;
  recordsAffected?: number;
  encryptionAtRest?: EncryptionLevel;
  hosting?: string;
  retention?: string;
  electronicCommunications: boolean;
  customers: Share[];
}

/** A share as stored and as the API names it: by the customer's id. */
export interface CustomerShare extends ShareFields {
  customerId: string;
}

export type StoredDataSet = DataSetFields<CustomerShare>;

export interface SystemFields<Share = CustomerShare> {
  slug: string;
  name: string;
  description: string | null;
  dataSets: DataSetFields<Share>[];
}

/**
 * Customers are the controllers of processor data: a controller data set is our own and names none (Art. 28).
 * The same customer twice in one data set would count its people twice. `key` says how a share names its customer.
 */
export function shareProblems<Share>(
  dataSets: readonly DataSetFields<Share>[],
  key: (share: Share) => string,
  keyField: string,
  path = 'dataSets',
): FieldProblem[] {
  return dataSets.flatMap((dataSet, i) => {
    const field = `${path}[${i}].customers`;
    if (dataSet.role !== 'processor') {
      return dataSet.customers.length
        ? [{ field, problem: 'are only for processor data sets (a controller data set is our own data)' }]
        : [];
    }
    const seen = new Set<string>();
    return dataSet.customers.flatMap((share, j) => {
      const name = key(share);
      if (!seen.has(name)) {
        seen.add(name);
        return [];
      }
      return [{ field: `${field}[${j}].${keyField}`, problem: `names ${name} a second time in this data set` }];
    });
  });
}
