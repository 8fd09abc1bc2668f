// The engine's reasons, in the notice's language. The engine writes its explanations in English; until each
// reason has a stable code with its wording per language, a notice in another language leaves them out rather
// than quote English in it.
import type { Assessment } from '../../risk/assessment.js';
import { bulletList, inlineText } from './markdown.js';
import { labelledBlock, type RenderContext } from './notice-parts.js';

/** How many of the engine's reasons, in its order, the notice quotes. */
const REASONS_QUOTED = 5;
const ENGINE_LANGUAGE = 'en';

export function reasonsBlock({ input, strings }: RenderContext, assessment: Assessment): string[] {
  if (assessment.reasons.length === 0 || input.language !== ENGINE_LANGUAGE) return [];
  const lines = assessment.reasons.slice(0, REASONS_QUOTED).map((reason) => `${inlineText(reason.explanation)} (${inlineText(reason.effect)})`);
  return [labelledBlock(strings.authority.mainReasons, bulletList(lines))];
}
