// A reason of the risk engine in a notice's language, from its stable code and values. Pure.
import type { Reason } from '../../../risk/assessment.js';
import type { ReasonCode } from '../../../risk/reason-codes.js';
import type { NoticeLanguage } from '../notice-input.js';
import { REASON_WORDING_EN } from './reason-wording.en.js';
import { REASON_WORDING_RO } from './reason-wording.ro.js';
import type { ReasonWording } from './reason-wording-shape.js';

export const REASON_WORDING: Readonly<Record<NoticeLanguage, ReasonWording>> = { ro: REASON_WORDING_RO, en: REASON_WORDING_EN };

/** The sentence for a code and its values. */
export function wordReason(code: ReasonCode, params: Reason['params'], language: NoticeLanguage): string {
  return REASON_WORDING[language][code](params ?? {});
}

/**
 * The reason in the given language. An assessment stored before reasons had codes carries only its English
 * explanation: it is returned as it is, and undefined tells the caller it is not in the language asked for.
 */
export function describeReason(reason: Reason, language: NoticeLanguage): string | undefined {
  if (reason.code === undefined) return language === 'en' ? reason.explanation : undefined;
  return wordReason(reason.code, reason.params, language);
}
