// The risk engine: facts in, an assessment with a reason for every point out. Pure: the time is an argument.
import { type Assessment, RISK_METHOD, RISK_METHOD_VERSION } from './assessment.js';
import type { RiskFacts } from './facts.js';
import { decideNotices } from './outcome.js';
import { assessRiskLevel } from './risk-level.js';
import { assessSeverity } from './severity.js';

export function assess(facts: RiskFacts, now: Date): Assessment {
  const { severity, reasons: severityReasons } = assessSeverity(facts);
  const risk = assessRiskLevel(facts, severity);
  const outcome = decideNotices(facts, risk.level);
  return {
    severity,
    riskLevel: risk.level,
    notifyAuthority: outcome.notifyAuthority,
    notifyDataSubjects: outcome.notifyDataSubjects,
    exemptions: outcome.exemptions,
    reasons: [...severityReasons, ...risk.reasons, ...outcome.reasons],
    method: RISK_METHOD,
    methodVersion: RISK_METHOD_VERSION,
    assessedAt: now.toISOString(),
  };
}
