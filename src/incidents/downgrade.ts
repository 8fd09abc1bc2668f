// Which duties a new decision would drop compared with the one in force. Pure.
import { RISK_LEVELS, type Decision } from '../risk/assessment.js';

/** The duties a decision carries, with how the DPO is told about one that would be dropped. */
type Duty = 'notifyAuthority' | 'notifyDataSubjects' | 'notifyControllers';
const DUTIES: readonly (readonly [key: Duty, duty: string])[] = [
  ['notifyAuthority', 'notify the supervisory authority (Art. 33(1))'],
  ['notifyDataSubjects', 'communicate the breach to the people affected (Art. 34(1))'],
  ['notifyControllers', 'warn the controllers (Art. 33(2))'],
];

export interface Downgrade {
  drops: string[];
  /** The decision that stays in force: the one before, with every duty the new decision raises added. */
  held: Decision;
}

/**
 * A drop of any duty waits for a DPO (issue 13.3: a reporter's PATCH must not silently stop the GDPR clocks);
 * a duty raised takes effect at once. Null when nothing is dropped.
 */
export function downgradeOf(inForce: Decision, next: Decision): Downgrade | null {
  const dropped = DUTIES.filter(([key]) => inForce[key] === true && next[key] !== true);
  if (!dropped.length) return null;
  const held: Decision = {
    riskLevel: RISK_LEVELS[Math.max(RISK_LEVELS.indexOf(inForce.riskLevel), RISK_LEVELS.indexOf(next.riskLevel))],
    notifyAuthority: inForce.notifyAuthority || next.notifyAuthority,
    notifyDataSubjects: inForce.notifyDataSubjects || next.notifyDataSubjects,
  };
  for (const [key] of DUTIES) if (key in inForce || key in next) held[key] = inForce[key] === true || next[key] === true;
  return { drops: dropped.map(([, duty]) => `${duty}: yes → no`), held };
}

/** The sentence for a clock a fact change would stop. */
export function clockDrop(key: string): string {
  return `clock ${key}: no longer required by the facts as now described`;
}
