// Art. 34: telling people about a breach that is likely to put them at high risk. Art. 34(2) asks for
// clear and plain language, so this letter avoids legal and technical terms: what happened is its own
// plain-language account (never the responder's technical description), or a blank to write one.
import { adviceFor, consequencesOf } from './category-effects.js';
import { longDate } from './instant-format.js';
import { isEPrivacyRegime } from './lateness.js';
import { bulletList, heading, inlineText, markdownDocument } from './markdown.js';
import type { RenderedNotice } from './notice-input.js';
import { contactChannels, dataBlocks, fieldList, type RenderContext, requiredFreeText } from './notice-parts.js';

export function renderDataSubjectsNotice(context: RenderContext): RenderedNotice {
  const { input, strings } = context;
  const { incident, organisation } = input;
  const words = strings.dataSubjects;
  const { vocabulary } = strings;
  const dateOf = (instant: Date) => longDate(instant, input.timeZone, strings.locale);
  return {
    title: words.title,
    markdown: markdownDocument([
      heading(1, words.title),
      fieldList([[words.sender, `${inlineText(organisation.name)}, ${inlineText(organisation.address)}`]]),
      words.date(dateOf(input.now)),
      words.salutation,
      words.opening(inlineText(organisation.name)),
      heading(2, words.sections.whatHappened),
      words.foundOut(dateOf(incident.awareAt)),
      bulletList(whatHappened(context)),
      ...startDate(context),
      ...(incident.malicious ? [words.deliberate] : []),
      requiredFreeText(context, 'plainLanguageSummary', 'plainLanguageSummary'),
      heading(2, words.sections.whatData),
      ...dataBlocks(context, false),
      heading(2, words.sections.whatItMeans),
      bulletList(consequencesOf(incident).map((risk) => vocabulary.riskForYou[risk])),
      heading(2, words.sections.whatWeDid),
      requiredFreeText(context, 'measures', 'measures'),
      heading(2, words.sections.whatYouCanDo),
      bulletList(adviceFor(incident).map((piece) => vocabulary.advice[piece])),
      heading(2, words.sections.contact),
      words.contactIntro(inlineText(organisation.dpo.name)),
      fieldList(contactChannels(context)),
      words.mentionReference(inlineText(incident.reference)),
      heading(2, words.sections.complaint),
      words.complaint,
      words.authorityAddress,
      words.closing,
      inlineText(organisation.name),
    ]),
  };
}

/** When it began; a subscriber notice (Reg. 611/2013 Annex II, item 4) always gives the estimated date. */
function startDate({ input, strings }: RenderContext): string[] {
  const { occurredAt } = input.incident;
  const date = occurredAt ? longDate(occurredAt, input.timeZone, strings.locale) : null;
  if (isEPrivacyRegime(input.clocks)) return [strings.eprivacy.estimatedDate(date ?? strings.unknown)];
  return date ? [strings.dataSubjects.startedOn(date)] : [];
}

/** One clause per kind of breach, as certain as the facts are: "were copied", not "may have been seen". */
function whatHappened({ input, strings }: RenderContext): string[] {
  const { incident } = input;
  const words = strings.dataSubjects;
  return incident.breachTypes.map((type) => {
    switch (type) {
      case 'confidentiality':
        return words.confidentiality[incident.dataOutcome ?? 'unknown'];
      case 'integrity':
        return words.integrity;
      case 'availability':
        return incident.availability?.permanentLoss ? words.lost : words.unavailable;
    }
  });
}
