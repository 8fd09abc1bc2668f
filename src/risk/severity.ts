// ENISA 2013 severity: SE = DPC × EI + CB, banded low to very high. Pure.
import type { Reason, Severity, SeverityLevel } from './assessment.js';
import { circumstancesOfBreach } from './cb.js';
import { dataProcessingContext } from './dpc.js';
import { easeOfIdentification } from './ei.js';
import type { RiskFacts } from './facts.js';
import { because } from './reason.js';

/** Each band holds the scores below its bound; a score at or above the last bound is very high. */
export const SEVERITY_BANDS: readonly { below: number; level: SeverityLevel }[] = [
  { below: 2, level: 'low' },
  { below: 3, level: 'medium' },
  { below: 4, level: 'high' },
];

export function severityLevel(score: number): SeverityLevel {
  return SEVERITY_BANDS.find((band) => score < band.below)?.level ?? 'very_high';
}

function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}

export function assessSeverity(facts: RiskFacts): { severity: Severity; reasons: Reason[] } {
  const { dpc, reasons: dpcReasons } = dataProcessingContext(facts);
  const { ei, reasons: eiReasons } = easeOfIdentification(facts);
  const { cb, reasons: cbReasons } = circumstancesOfBreach(facts);
  const score = roundScore(dpc * ei + cb);
  const level = severityLevel(score);
  const summary: Reason = because('severity.score', { score, level, dpc, ei, cb }, 'severity', `SE ${score} (${level.replace('_', ' ')})`);
  return { severity: { score, level, dpc, ei, cb }, reasons: [...dpcReasons, ...eiReasons, ...cbReasons, summary] };
}
