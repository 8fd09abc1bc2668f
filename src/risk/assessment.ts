// The shape of a risk assessment (shared/api-contract.md, "Assessment"). Pure.
import type { ReasonCode, ReasonParams } from './reason-codes.js';

export const SEVERITY_LEVELS = ['low', 'medium', 'high', 'very_high'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

export const RISK_LEVELS = ['unlikely', 'risk', 'high_risk'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const EXEMPTIONS = ['art34_3_a', 'art34_3_b', 'art34_3_c'] as const;
export type Exemption = (typeof EXEMPTIONS)[number];

export const RISK_METHOD = 'enisa-2013+edpb';
/** Bumped whenever a table, weight or rule of the engine changes, so stored assessments say which rules made them. */
export const RISK_METHOD_VERSION = '1.0.0';

export interface Reason {
  /** What was weighed, e.g. "data_category:health" or "decision:notify_authority". */
  factor: string;
  /** What it did to the score or the decision, e.g. "DPC base 4" or "+0.5 CB" or "notify the authority". */
  effect: string;
  /** Plain words a DPO can paste into the register: the English wording of `code` with `params`. */
  explanation: string;
  /** Stable code of the rule that gave this reason (src/risk/reason-codes.ts); absent only in assessments stored before codes existed. */
  code?: ReasonCode;
  /** The values the rule weighed (numbers, categories), for rendering the reason in any language. */
  params?: ReasonParams;
}

export interface Severity {
  score: number;
  level: SeverityLevel;
  /** Data Processing Context, 1–4 (ENISA 2013). */
  dpc: number;
  /** Ease of Identification, 0.25–1. */
  ei: number;
  /** Circumstances of Breach, 0–2. */
  cb: number;
}

export interface Assessment {
  severity: Severity;
  riskLevel: RiskLevel;
  notifyAuthority: boolean;
  notifyDataSubjects: boolean;
  exemptions: Exemption[];
  reasons: Reason[];
  method: typeof RISK_METHOD;
  methodVersion: string;
  assessedAt: string;
}
