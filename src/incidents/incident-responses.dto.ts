// OpenAPI descriptions of the read models the incident endpoints answer with.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ClockView, FilingView } from '../clocks/clocks.service.js';
import { CLOCK_STATES, type ClockState } from '../clocks/rules/clock-status.js';
import type { Decision } from '../risk/assessment.js';
import type { DowngradeConfirmation, RiskOverride } from './assessment-record.entity.js';
import type { AssessmentTrigger, AssessmentView } from './assessments.service.js';
import {
  EXEMPTIONS,
  RISK_LEVELS,
  RISK_METHOD,
  SEVERITY_LEVELS,
  type Assessment,
  type AssessmentPart,
  type ControllerAdvice,
  type Exemption,
  type Reason,
  type RiskLevel,
  type Severity,
  type SeverityLevel,
} from '../risk/assessment.js';
import { INCIDENT_ROLES, type IncidentRole } from '../risk/facts.js';
import { REASON_CODES, type ReasonCode, type ReasonParams } from '../risk/reason-codes.js';
import type { StepState } from '../notifications/escalation-step.entity.js';
import type { EscalationStepView } from '../notifications/escalation-steps.repository.js';
import type { OutboxState } from '../notifications/outbox-message.entity.js';
import type { EscalationAudience } from '../organisation/escalation-policy.js';
import type { EscalationKind } from '../notifications/policy/escalation-steps.js';

export class FilingResponse implements FilingView {
  @ApiProperty() id: string;
  @ApiProperty({ example: '2026-10-24T15:30:00.000Z', description: 'UTC' }) sentAt: string;
  @ApiProperty({ example: 'DNSC incident-reporting platform' }) channel: string;
  @ApiProperty({ example: 'DNSC-2026-1234' }) externalReference: string;
  @ApiProperty({ example: 'user:…' }) recordedBy: string;
  @ApiProperty() recordedAt: string;
}

/** `implements` keeps the documented shape and the service's ClockView from drifting apart. */
export class ClockResponse implements ClockView {
  @ApiProperty({ example: 'gdpr_art33', description: 'unique per incident' }) key: string;
  @ApiProperty({ example: 'gdpr_art33' }) regime: string;
  @ApiProperty({ example: 'ANSPDCP' }) recipient: string;
  @ApiProperty({ nullable: true, type: String, example: 'authority', description: 'the notice that meets the clock' }) noticeKind:
    | string
    | null;
  @ApiProperty({ example: 'GDPR Art. 33(1)' }) legalBasis: string;
  @ApiProperty({ example: '2026-10-24T07:00:00.000Z' }) startsAt: string;
  @ApiProperty({ example: '2026-10-27T07:00:00.000Z', description: 'UTC' }) dueAt: string;
  @ApiProperty({ example: '2026-10-27T09:00:00+02:00', description: 'in TZ_DISPLAY, with its offset' }) dueAtLocal: string;
  @ApiProperty({ enum: CLOCK_STATES }) state: ClockState;
  @ApiProperty({ description: 'met after the deadline, or missed' }) late: boolean;
  @ApiProperty({ description: 'negative when overdue; frozen when met; 0 when not required' }) secondsLeft: number;
  @ApiProperty({ example: '1d 2h 3m' }) timeLeft: string;
  @ApiProperty({ nullable: true, type: String }) metAt: string | null;
  @ApiPropertyOptional() notRequiredReason?: string;
  @ApiProperty({ type: FilingResponse, isArray: true, description: 'every report made for the clock, oldest first; the first met it' })
  filings: FilingResponse[];
}

// The view is the shape; these classes describe it to OpenAPI. `implements` fails to compile when the view gains a
// field the class lacks, and the controller's return type when the class gains one the view lacks.
export class EscalationDeliveryResponse implements NonNullable<EscalationStepView['delivery']> {
  @ApiProperty({ enum: ['pending', 'sent', 'held'], description: 'held: recorded while Slack is off' }) state: OutboxState;
  @ApiProperty() attempts: number;
  @ApiProperty({ nullable: true, type: String }) sentAt: string | null;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
}

export class EscalationStepResponse implements EscalationStepView {
  @ApiProperty({ example: 'gdpr_art33' }) clockKey: string;
  @ApiProperty({ example: 'left_24h' }) level: string;
  @ApiProperty({ enum: ['logged', 'reminder', 'overdue'] }) kind: EscalationKind;
  @ApiProperty({ enum: ['channel', 'dpo', 'contacts'], isArray: true }) audience: EscalationAudience[];
  @ApiProperty() fireAt: string;
  @ApiProperty({ enum: ['pending', 'sent', 'superseded', 'cancelled'] }) state: StepState;
  @ApiProperty({ nullable: true, type: String }) processedAt: string | null;
  @ApiProperty({ nullable: true, type: EscalationDeliveryResponse }) delivery: EscalationDeliveryResponse | null;
}

export class SeverityResponse implements Severity {
  @ApiProperty({ example: 3.25, description: 'ENISA 2013: DPC × EI + CB' }) score: number;
  @ApiProperty({ enum: SEVERITY_LEVELS }) level: SeverityLevel;
  @ApiProperty({ example: 3, description: 'Data Processing Context, 1–4' }) dpc: number;
  @ApiProperty({ example: 0.75, description: 'Ease of Identification, 0.25–1' }) ei: number;
  @ApiProperty({ example: 0.75, description: 'Circumstances of Breach, 0–2' }) cb: number;
}

export class ReasonResponse implements Reason {
  @ApiProperty({ example: 'data_category:health', description: 'what was weighed' }) factor: string;
  @ApiProperty({ example: 'DPC base 4', description: 'what it did to the score or the decision' }) effect: string;
  @ApiProperty({ description: 'plain words a DPO can paste into the register: the English wording of code with params' })
  explanation: string;
  @ApiPropertyOptional({
    enum: REASON_CODES,
    description: 'stable code of the rule; absent only in assessments stored before codes existed',
  })
  code?: ReasonCode;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: {
      oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }],
    },
    description: 'the values the rule weighed, for wording the reason in any language',
  })
  params?: ReasonParams;
}

/** For a processor: what each controller will likely have to do (Art. 33, 34), with the reasons. */
export class ControllerAdviceResponse implements ControllerAdvice {
  @ApiProperty({ description: 'the controllers will likely have to notify ANSPDCP (Art. 33(1))' }) notifyAuthority: boolean;
  @ApiProperty({ description: 'the controllers will likely have to tell the people (Art. 34(1))' }) notifyDataSubjects: boolean;
  @ApiProperty({ enum: EXEMPTIONS, isArray: true, description: 'Art. 34(3) exemptions that would apply to them' }) exemptions: Exemption[];
  @ApiProperty({ type: ReasonResponse, isArray: true }) reasons: ReasonResponse[];
}

/** One role's part of an incident logged against systems holding data of both roles (issue #15). */
export class AssessmentPartResponse implements AssessmentPart {
  @ApiProperty({ enum: INCIDENT_ROLES, description: 'controller: our own data sets; processor: our customers’' }) role: IncidentRole;
  @ApiProperty({
    type: String,
    isArray: true,
    example: ['call-recordings'],
    description: 'the systems whose data sets of this role were touched',
  })
  systems: string[];
  @ApiPropertyOptional({ type: String, isArray: true, description: 'processor part: the controllers to warn, each at its own window' })
  controllers?: string[];
  @ApiProperty({ type: SeverityResponse }) severity: SeverityResponse;
  @ApiProperty({ enum: RISK_LEVELS }) riskLevel: RiskLevel;
  @ApiProperty({ description: 'Art. 33(1), on this part’s facts; always false for the processor part' }) notifyAuthority: boolean;
  @ApiProperty({ description: 'Art. 34(1), on this part’s facts; always false for the processor part' }) notifyDataSubjects: boolean;
  @ApiProperty({ description: 'Art. 33(2): true for the processor part' }) notifyControllers: boolean;
  @ApiPropertyOptional({
    type: ControllerAdviceResponse,
    nullable: true,
    description: 'processor part: the engine’s view of the controllers’ duties',
  })
  controllerAdvice?: ControllerAdviceResponse | null;
  @ApiProperty({ enum: EXEMPTIONS, isArray: true }) exemptions: Exemption[];
  @ApiProperty({ type: ReasonResponse, isArray: true }) reasons: ReasonResponse[];
}

/**
 * The engine's result (shared/api-contract.md, "Assessment"): alone from POST /risk/assess. `implements` makes a
 * field added to the engine's Assessment fail to compile until it is documented here.
 */
export class AssessmentResponse implements Assessment {
  @ApiProperty({ type: SeverityResponse }) severity: SeverityResponse;
  @ApiProperty({ enum: RISK_LEVELS }) riskLevel: RiskLevel;
  @ApiProperty({ description: 'Art. 33(1)' }) notifyAuthority: boolean;
  @ApiProperty({ description: 'Art. 34(1)' }) notifyDataSubjects: boolean;
  @ApiPropertyOptional({
    description:
      'Art. 33(2), 28(3)(f): a processor warns its controllers of every breach (then notifyAuthority and notifyDataSubjects are false: those duties are the controllers’)',
  })
  notifyControllers?: boolean;
  @ApiPropertyOptional({
    type: ControllerAdviceResponse,
    nullable: true,
    description: 'for a processor, the engine’s view of each controller’s duties; null for a controller',
  })
  controllerAdvice?: ControllerAdviceResponse | null;
  @ApiProperty({ enum: EXEMPTIONS, isArray: true, description: 'Art. 34(3) exemptions that apply' }) exemptions: Exemption[];
  @ApiProperty({ type: ReasonResponse, isArray: true, description: 'a reason for every point and decision' }) reasons: ReasonResponse[];
  @ApiPropertyOptional({
    type: AssessmentPartResponse,
    isArray: true,
    description:
      'when the incident names systems: each role’s part. The top level is their union: notifyAuthority, notifyDataSubjects and exemptions are the controller part’s, notifyControllers the processor part’s, riskLevel and severity the higher',
  })
  parts?: AssessmentPartResponse[];
  @ApiProperty({ enum: [RISK_METHOD] }) method: typeof RISK_METHOD;
  @ApiProperty({ example: '2.0.0', description: 'the version of the engine’s tables and rules' }) methodVersion: string;
  @ApiProperty({ example: '2026-10-24T07:00:00.000Z' }) assessedAt: string;
}

export class EngineDecisionResponse implements Omit<Decision, 'notifyControllers'> {
  @ApiProperty({ enum: RISK_LEVELS }) riskLevel: RiskLevel;
  @ApiProperty() notifyAuthority: boolean;
  @ApiProperty() notifyDataSubjects: boolean;
}

export class DutyDecisionResponse extends EngineDecisionResponse implements Decision {
  @ApiPropertyOptional({ description: 'a processor’s duty to warn its controllers (Art. 33(2)), where the engine states it' })
  notifyControllers?: boolean;
}

export class PendingDowngradeResponse {
  @ApiProperty({
    type: String,
    isArray: true,
    example: ['notify the authority (ANSPDCP): yes → no'],
    description: 'one sentence per dropped duty or clock',
  })
  drops: string[];
  @ApiProperty({ type: DutyDecisionResponse, description: 'the decision kept in force until a DPO confirms' }) held: Decision;
  @ApiProperty({ type: String, isArray: true, description: 'keys of the clocks kept running meanwhile' }) heldClocks: string[];
  @ApiProperty({ type: DutyDecisionResponse, description: 'the decision waiting for the DPO' }) decision: Decision;
  @ApiProperty({ description: 'where a DPO confirms it' }) confirmPath: string;
}

export class DowngradeConfirmationResponse implements DowngradeConfirmation {
  @ApiProperty({ description: 'the version whose downgrade was confirmed' }) confirmsVersion: number;
  @ApiProperty() justification: string;
  @ApiProperty() by: string;
  @ApiProperty() byName: string;
  @ApiProperty() at: string;
}

export class RiskOverrideResponse extends EngineDecisionResponse implements RiskOverride {
  @ApiProperty({ description: 'the DPO’s written reasons' }) justification: string;
  @ApiProperty({ example: 'user:…' }) by: string;
  @ApiProperty() byName: string;
  @ApiProperty({ example: '2026-10-24T09:00:00.000Z' }) at: string;
  @ApiProperty({ description: 'the assessment version the DPO looked at; later versions carry the override forward' })
  madeOnVersion: number;
}

/** A stored assessment version: the decision in force (the DPO's, when overridden) and the engine's beside it. */
export class AssessmentVersionResponse extends AssessmentResponse implements AssessmentView {
  @ApiProperty() version: number;
  @ApiProperty({ enum: ['intake', 'facts_changed', 'reassess', 'override', 'downgrade_confirmed'] }) trigger: AssessmentTrigger;
  @ApiProperty({ type: EngineDecisionResponse, description: 'the engine’s own decision, kept beside an override' })
  engineDecision: EngineDecisionResponse;
  @ApiProperty({ type: RiskOverrideResponse, nullable: true }) override: RiskOverrideResponse | null;
  @ApiProperty({
    type: PendingDowngradeResponse,
    nullable: true,
    description: 'set while this version would drop a duty and no DPO has confirmed it: the top-level decision is the one still in force',
  })
  pendingDowngrade: PendingDowngradeResponse | null;
  @ApiProperty({ type: DowngradeConfirmationResponse, nullable: true, description: 'on a version made by a DPO confirming a downgrade' })
  confirmation: DowngradeConfirmationResponse | null;
}
