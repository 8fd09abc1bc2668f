// A reason of the risk engine in Romanian or English, from its stable code and values. Pure. The engine owns
// its reasons' words, so the notices, Slack and the console all quote the same sentence.
import type { Reason } from '../assessment.js';
import type { ReasonCode } from '../reason-codes.js';
import { REASON_WORDING_EN } from './reason-wording.en.js';
import { REASON_WORDING_RO } from './reason-wording.ro.js';
import type { ReasonWording } from './reason-wording-shape.js';

/** The languages reasons are worded in: those of the notices. */
export const REASON_LANGUAGES = ['ro', 'en'] as const;
export type ReasonLanguage = (typeof REASON_LANGUAGES)[number];

export const REASON_WORDING: Readonly<Record<ReasonLanguage, ReasonWording>> = { ro: REASON_WORDING_RO, en: REASON_WORDING_EN };

/** The sentence for a code and its values. */
export function wordReason(code: ReasonCode, params: Reason['params'], language: ReasonLanguage): string {
  return REASON_WORDING[language][code](params ?? {});
}

/**
 * The reason in the given language. An assessment stored before reasons had codes carries only its English
 * explanation: it is returned as it is, and undefined tells the caller it is not in the language asked for.
 */
export function describeReason(reason: Reason, language: ReasonLanguage): string | undefined {
  if (reason.code === undefined) return language === 'en' ? reason.explanation : undefined;
  return wordReason(reason.code, reason.params, language);
}
