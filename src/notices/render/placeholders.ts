// The visible blanks a draft leaves for people to fill in ("[REQUIRED: …]", "[OBLIGATORIU: …]"). Pure.
import { NOTICE_STRINGS } from './i18n/index.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const OPENINGS = Object.values(NOTICE_STRINGS).map((strings) => escapeRegExp(strings.required('').replace(/\]$/, '')));
const PLACEHOLDER = new RegExp(`(?:${OPENINGS.join('|')})[^\\]]*\\]`, 'g');

/** Every blank still in the text, in order; a DPO cannot approve a notice that has any. */
export function unfilledPlaceholders(body: string): string[] {
  return body.match(PLACEHOLDER) ?? [];
}
