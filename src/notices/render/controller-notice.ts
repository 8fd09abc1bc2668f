// Art. 33(2): a processor tells each controller it works for, without undue delay, what that controller
// needs for its own notification. Other customers of ours are never named here.
import { bulletList, heading, inlineText, markdownDocument } from './markdown.js';
import type { RenderedNotice } from './notice-input.js';
import {
  consequenceList,
  contactFields,
  dataCategoryList,
  fieldList,
  incidentSummary,
  instantText,
  labelledBlock,
  natureFields,
  peopleFields,
  protectionAndMeasures,
  type RenderContext,
  requiredPlaceholder,
} from './notice-parts.js';
import { openQuestionsOf } from './open-questions.js';

export function renderControllerNotice(context: RenderContext): RenderedNotice {
  const { input, strings } = context;
  const { incident, organisation, recipientController } = input;
  const { labels } = strings;
  const words = strings.controller;
  const title = words.title(incident.reference);
  const openQuestions = openQuestionsOf(incident);
  return {
    title,
    markdown: markdownDocument([
      heading(1, inlineText(title)),
      fieldList([
        [
          words.to,
          recipientController
            ? `${inlineText(recipientController.name)} (${inlineText(recipientController.contact)})`
            : requiredPlaceholder(context, 'recipientController'),
        ],
        [
          words.from,
          `${inlineText(organisation.name)}, CUI ${inlineText(organisation.registrationCode)}, ${inlineText(organisation.address)}`,
        ],
      ]),
      words.intro,
      heading(2, words.sections.awareness),
      fieldList([
        [labels.awareAt, instantText(context, incident.awareAt)],
        [labels.detectedAt, instantText(context, incident.detectedAt)],
        [labels.occurredAt, instantText(context, incident.occurredAt)],
      ]),
      words.yourClock,
      heading(2, words.sections.whatHappened),
      ...incidentSummary(context),
      heading(2, words.sections.nature),
      fieldList(natureFields(context)),
      heading(2, words.sections.dataAndPeople),
      labelledBlock(labels.dataCategories, dataCategoryList(context, incident.dataCategories, true)),
      fieldList(peopleFields(context)),
      heading(2, words.sections.consequences),
      consequenceList(context),
      heading(2, words.sections.measures),
      ...protectionAndMeasures(context),
      heading(2, words.sections.contact),
      fieldList(contactFields(context)),
      heading(2, words.sections.investigating),
      ...(openQuestions.length > 0
        ? [words.investigatingIntro, bulletList(openQuestions.map((question) => strings.vocabulary.openQuestion[question]))]
        : [words.nothingOutstanding]),
      heading(2, words.sections.nextSteps),
      words.phases,
    ]),
  };
}
