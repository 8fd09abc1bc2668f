// The engine's reasons, in the notice's language, from their stable codes (src/risk/wording/reason-wording.ts). A reason
// stored before codes existed has only its English explanation: a notice in another language leaves it out
// rather than quote English in it.
import type { Assessment } from '../../risk/assessment.js';
import { describeReason } from '../../risk/wording/reason-wording.js';
import { bulletList, inlineText } from './markdown.js';
import { labelledBlock, type RenderContext } from './notice-parts.js';

/** How many of the engine's reasons, in its order, the notice quotes. */
const REASONS_QUOTED = 5;

export function reasonsBlock({ input, strings }: RenderContext, assessment: Assessment): string[] {
  const lines = assessment.reasons.slice(0, REASONS_QUOTED).flatMap((reason) => {
    const sentence = describeReason(reason, input.language);
    if (sentence === undefined) return [];
    // The effect ("DPC base 4") is the engine's English shorthand: only an English notice shows it.
    return [input.language === 'en' ? `${inlineText(sentence)} (${inlineText(reason.effect)})` : inlineText(sentence)];
  });
  return lines.length ? [labelledBlock(strings.authority.mainReasons, bulletList(lines))] : [];
}
