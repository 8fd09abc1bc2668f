// The shape of a risk assessment (shared/api-contract.md, "Assessment"). Pure.
import type { IncidentRole } from './facts.js';
import type { ReasonCode, ReasonParams } from './reason-codes.js';

export const SEVERITY_LEVELS = ['low', 'medium', 'high', 'very_high'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

export const RISK_LEVELS = ['unlikely', 'risk', 'high_risk'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const EXEMPTIONS = ['art34_3_a', 'art34_3_b', 'art34_3_c'] as const;
export type Exemption = (typeof EXEMPTIONS)[number];

export const RISK_METHOD = 'enisa-2013+edpb';
/** Bumped whenever a table, weight or rule of the engine changes, so stored assessments say which rules made them. */
export const RISK_METHOD_VERSION = '2.0.0';

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

/**
 * The duties a decision sets: the engine's, a DPO's override, or the one held in force. The one shape every
 * module uses for "what must we do" (Art. 33(1), 34(1); Art. 33(2) for a processor).
 */
export interface Decision {
  riskLevel: RiskLevel;
  /** The deciding organisation's own Art. 33 duty: always false for a processor (the controllers notify). */
  notifyAuthority: boolean;
  /** The deciding organisation's own Art. 34 duty: always false for a processor. */
  notifyDataSubjects: boolean;
  /**
   * Art. 33(2), Art. 28(3)(f): a processor warns its controllers of every breach, whatever the risk. Set by the
   * engine; absent only in assessments stored before it existed (read them as `role === 'processor'`).
   */
  notifyControllers?: boolean;
}

/** The notices owed and why, before the risk level is attached. */
export type NoticeDuties = Pick<Decision, 'notifyAuthority' | 'notifyDataSubjects'> & {
  exemptions: Exemption[];
  reasons: Reason[];
};

/** For a processor: what the engine expects each controller will likely have to do, with the reasons (Art. 33, 34). */
export type ControllerAdvice = NoticeDuties;

/**
 * One role's share of an incident that touched data sets of both roles (issue #15): as controller for some, the
 * Art. 33/34 duties on those sets' facts; as processor for others, a warning to each controller (Art. 33(2)).
 */
export interface AssessmentPart extends Decision {
  role: IncidentRole;
  /** The systems (slugs) whose data sets of this role the breach touched. */
  systems: string[];
  /** Processor part: the controllers to warn, each at its own window. */
  controllers?: string[];
  severity: Severity;
  controllerAdvice?: ControllerAdvice | null;
  exemptions: Exemption[];
  reasons: Reason[];
}

export interface Assessment extends Decision {
  severity: Severity;
  /**
   * Present when the incident names systems: each role's part. The top level is their union: the authority and
   * data-subject duties are the controller part's, the controller warnings the processor part's.
   */
  parts?: AssessmentPart[];
  /** For a processor, the engine's view of the controllers' duties; null for a controller. */
  controllerAdvice?: ControllerAdvice | null;
  exemptions: Exemption[];
  reasons: Reason[];
  method: typeof RISK_METHOD;
  methodVersion: string;
  assessedAt: string;
}
