// Every reason is built from its stable code and values; its English explanation is the code's English wording,
// the same text a notice in English shows (src/risk/wording/reason-wording.en.ts). Pure.
import { wordReason } from './wording/reason-wording.js';
import type { Reason } from './assessment.js';
import type { ReasonCode, ReasonParams } from './reason-codes.js';

export function because(code: ReasonCode, params: ReasonParams, factor: string, effect: string): Reason {
  return { factor, effect, explanation: wordReason(code, params, 'en'), code, params };
}
