// The risk engine: facts in, an assessment with a reason for every point out. Pure: the time is an argument.
import { type Assessment, RISK_METHOD, RISK_METHOD_VERSION } from './assessment.js';
import type { RiskFacts } from './facts.js';
import { decideNotices, processorDuties } from './outcome.js';
import { assessRiskLevel } from './risk-level.js';
import { assessSeverity } from './severity.js';

export function assess(facts: RiskFacts, now: Date): Assessment {
  const { severity, reasons: severityReasons } = assessSeverity(facts);
  const risk = assessRiskLevel(facts, severity);
  const controllerDuties = decideNotices(facts, risk.level);
  const processor = facts.role === 'processor';
  // Art. 33(2): a processor's duty is to warn its controllers; the controllers' own duties become advice to them.
  const outcome = processor ? processorDuties(controllerDuties) : controllerDuties;
  return {
    severity,
    riskLevel: risk.level,
    notifyAuthority: outcome.notifyAuthority,
    notifyDataSubjects: outcome.notifyDataSubjects,
    notifyControllers: processor,
    controllerAdvice: processor ? controllerDuties : null,
    exemptions: outcome.exemptions,
    reasons: [...severityReasons, ...risk.reasons, ...outcome.reasons],
    method: RISK_METHOD,
    methodVersion: RISK_METHOD_VERSION,
    assessedAt: now.toISOString(),
  };
}
