import { DEFAULT_ESCALATION_POLICY, type EscalationPolicy } from './escalation-policy.js';
import type { Sector } from '../risk/facts.js';

export interface EscalationContact {
  name: string;
  email?: string;
  slackUserId?: string;
}

/** The controller's identity for notices and its response settings (shared/api-contract.md). */
export interface OrganisationSettings {
  name: string;
  sector: 'public' | 'private';
  /** CUI, the Romanian registration code. */
  registrationCode: string;
  address: string;
  /** `address`: the DPO's postal address (ANSPDCP notification form, item 2). */
  dpo: { name: string; email: string; phone: string; address: string };
  /** Regimes whose clocks apply to every incident unless the incident says otherwise. */
  sectors: Sector[];
  escalation: Omit<EscalationPolicy, 'reminderHoursLeft'> & { reminderHoursLeft: number[]; contacts: EscalationContact[] };
  /** Art. 34 target, hours from the high-risk finding ("without undue delay"). */
  dataSubjectsHours: number;
  /** Art. 56 lead authority, for cross-border breaches, when known. */
  leadAuthority: string | null;
  /** Slack users not linked to a Breach Desk user may read and log incidents as reporters (off unless an admin turns it on). */
  allowUnlinkedSlackReporters: boolean;
  /** Four eyes: a very small company may let the author of a notice approve it; each such approval gives a reason. */
  singlePersonApproval?: { allowed: boolean };
}

/** The clocks' settings until an admin changes them: the Romanian authority, and 72 h to tell the people. */
export const DEFAULT_CLOCK_SETTINGS = Object.freeze({ dataSubjectsHours: 72, authority: 'ANSPDCP' });

/** Until an admin fills them in, notices show visible blanks rather than invented details. */
export const DEFAULT_ORGANISATION: Readonly<OrganisationSettings> = Object.freeze({
  name: '[organisation name]',
  sector: 'private',
  registrationCode: '[CUI]',
  address: '[address]',
  dpo: { name: '[DPO name]', email: '[DPO email]', phone: '[DPO phone]', address: '[DPO address]' },
  sectors: [],
  escalation: { ...DEFAULT_ESCALATION_POLICY, reminderHoursLeft: [...DEFAULT_ESCALATION_POLICY.reminderHoursLeft], contacts: [] },
  dataSubjectsHours: DEFAULT_CLOCK_SETTINGS.dataSubjectsHours,
  leadAuthority: null,
  // Off: any member of the workspace could otherwise read every incident's title, decision and clocks.
  allowUnlinkedSlackReporters: false,
  singlePersonApproval: { allowed: false },
});

/**
 * A change to the settings: every field optional. Objects (`dpo`, `escalation`) merge field by field,
 * arrays and scalars replace; `null` only clears `leadAuthority` (validation refuses it elsewhere).
 */
export type OrganisationChange = Partial<Omit<OrganisationSettings, 'dpo' | 'escalation'>> & {
  dpo?: Partial<OrganisationSettings['dpo']>;
  escalation?: Partial<OrganisationSettings['escalation']>;
};

/** What the settings become after `change`; a field not sent keeps its current value. */
export function applyOrganisationChange(current: OrganisationSettings, change: OrganisationChange): OrganisationSettings {
  const { dpo, escalation, ...top } = change;
  return {
    ...current,
    ...sentOnly(top),
    dpo: { ...current.dpo, ...sentOnly(dpo ?? {}) },
    escalation: { ...current.escalation, ...sentOnly(escalation ?? {}) },
  };
}

/**
 * Stored settings completed with the defaults: rows written before a field existed (e.g. `dpo.address`)
 * read with that field's visible blank.
 */
export function withDefaults(stored: Partial<OrganisationSettings>): OrganisationSettings {
  return applyOrganisationChange(structuredClone(DEFAULT_ORGANISATION) as OrganisationSettings, stored);
}

// Validated DTO instances carry unsent properties as own `undefined` fields; they must not overwrite.
function sentOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Whether a setting, named by its path ("name", "dpo.email"), still holds its default placeholder (or nothing):
 * a notice must not go out to the authority or to people with "[DPO name]" as the DPO's name.
 */
export function organisationSettingStillDefault(settings: OrganisationSettings, path: string): boolean {
  const valueAt = (root: unknown) =>
    path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], root);
  const value = valueAt(settings);
  return typeof value !== 'string' || value.trim() === '' || value === valueAt(DEFAULT_ORGANISATION);
}
