import { DEFAULT_CLOCK_SETTINGS } from '../clocks/rules/clock-spec.js';
import { DEFAULT_ESCALATION_POLICY, type EscalationPolicy } from '../notifications/policy/escalation-policy.js';
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
  dpo: { name: string; email: string; phone: string };
  /** Regimes whose clocks apply to every incident unless the incident says otherwise. */
  sectors: Sector[];
  escalation: Omit<EscalationPolicy, 'reminderHoursLeft'> & { reminderHoursLeft: number[]; contacts: EscalationContact[] };
  /** Art. 34 target, hours from the high-risk finding ("without undue delay"). */
  dataSubjectsHours: number;
  /** Art. 56 lead authority, for cross-border breaches, when known. */
  leadAuthority: string | null;
  /** Slack users not linked to a Breach Desk user may read and log incidents as reporters. */
  allowUnlinkedSlackReporters: boolean;
}

/** Until an admin fills them in, notices show visible blanks rather than invented details. */
export const DEFAULT_ORGANISATION: Readonly<OrganisationSettings> = Object.freeze({
  name: '[organisation name]',
  sector: 'private',
  registrationCode: '[CUI]',
  address: '[address]',
  dpo: { name: '[DPO name]', email: '[DPO email]', phone: '[DPO phone]' },
  sectors: [],
  escalation: { ...DEFAULT_ESCALATION_POLICY, reminderHoursLeft: [...DEFAULT_ESCALATION_POLICY.reminderHoursLeft], contacts: [] },
  dataSubjectsHours: DEFAULT_CLOCK_SETTINGS.dataSubjectsHours,
  leadAuthority: null,
  allowUnlinkedSlackReporters: true,
});
