// Art. 34: telling people about a breach that is likely to put them at high risk. Art. 34(2) asks for
// clear and plain language, so this notice avoids legal terms and says what to do.
import { adviceFor, consequencesOf } from './category-effects.js';
import { longDate } from './instant-format.js';
import { blockText, bulletList, heading, inlineText, markdownDocument } from './markdown.js';
import type { RenderedNotice } from './notice-input.js';
import { contactChannels, dataCategoryList, fieldList, type RenderContext, requiredOr } from './notice-parts.js';

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
      words.opening(inlineText(organisation.name)),
      heading(2, words.sections.whatHappened),
      words.foundOut(dateOf(incident.awareAt)),
      bulletList(incident.breachTypes.map((type) => words.happened[type])),
      ...(incident.occurredAt ? [words.startedOn(dateOf(incident.occurredAt))] : []),
      ...(incident.malicious ? [words.deliberate] : []),
      ...(incident.description?.trim() ? [blockText(incident.description)] : []),
      heading(2, words.sections.whatData),
      dataCategoryList(context, incident.dataCategories, false),
      heading(2, words.sections.whatItMeans),
      bulletList(consequencesOf(incident.dataCategories, incident.breachTypes).map((risk) => vocabulary.riskForYou[risk])),
      heading(2, words.sections.whatWeDid),
      requiredOr(context, incident.mitigation?.measures, 'measures'),
      heading(2, words.sections.whatYouCanDo),
      bulletList(adviceFor(incident.dataCategories).map((piece) => vocabulary.advice[piece])),
      heading(2, words.sections.contact),
      words.contactIntro(inlineText(organisation.dpo.name)),
      fieldList(contactChannels(context)),
      words.mentionReference(inlineText(incident.reference)),
      heading(2, words.sections.complaint),
      words.complaint,
      inlineText(organisation.name),
    ]),
  };
}
