// Art. 33(2) and Art. 28(3)(f): a processor tells each controller it works for, without undue delay, what
// that controller needs for its own Art. 33(3) notification: its own figures, not the incident's totals.
// Other customers of ours are never named here.
import { bulletList, heading, inlineText, markdownDocument } from './markdown.js';
import type { RenderedNotice } from './notice-input.js';
import {
  authorityReportText,
  consequenceList,
  contactFields,
  dataBlocks,
  type Field,
  fieldList,
  incidentSummary,
  instantText,
  labelledBlock,
  memberStateNames,
  natureFields,
  numberText,
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
  return {
    title: words.title,
    markdown: markdownDocument([
      heading(1, words.title),
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
        [words.reference, inlineText(incident.reference)],
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
      ...dataBlocks(context, true, recipientController?.dataCategories ?? incident.dataCategories).map((block, index) =>
        index === 0 ? labelledBlock(labels.dataCategories, block) : block,
      ),
      fieldList(yourFigures(context)),
      heading(2, words.sections.containment),
      containment(context),
      heading(2, words.sections.consequences),
      consequenceList(context),
      heading(2, words.sections.measures),
      ...protectionAndMeasures(context),
      heading(2, words.sections.indicators),
      incident.indicatorsOfCompromise?.length ? bulletList(incident.indicatorsOfCompromise.map(inlineText)) : words.noIndicators,
      heading(2, words.sections.reports),
      incident.otherAuthoritiesInformed?.length
        ? bulletList(incident.otherAuthoritiesInformed.map((report) => authorityReportText(context, report)))
        : strings.authority.noOtherAuthorities,
      heading(2, words.sections.subProcessors),
      incident.subProcessors?.length ? bulletList(incident.subProcessors.map(inlineText)) : words.noSubProcessors,
      heading(2, words.sections.crossBorder),
      recipientController?.memberStates?.length ? bulletList(memberStateNames(context, recipientController.memberStates)) : strings.unknown,
      heading(2, words.sections.informingPeople),
      strings.vocabulary.subjectInformer[incident.subjectInformer ?? 'controller'],
      heading(2, words.sections.contact),
      fieldList([...contactFields(context), emergencyContact(context)]),
      heading(2, words.sections.investigating),
      ...investigation(context),
      heading(2, words.sections.nextSteps),
      incident.investigationComplete ? words.finalPhase : words.phases,
    ]),
  };
}

/** This controller's people and records; a blank rather than the incident's totals, which mix our customers. */
function yourFigures(context: RenderContext): Field[] {
  const { input, strings } = context;
  const recipient = input.recipientController;
  const categories = recipient?.subjectCategories ?? input.incident.subjectCategories;
  return [
    [
      strings.labels.subjectCategories,
      categories?.length ? categories.map((category) => strings.vocabulary.subjectCategory[category]).join(', ') : strings.unknown,
    ],
    [
      strings.controller.yourPeople,
      recipient?.subjectsAffected === undefined
        ? requiredPlaceholder(context, 'controllerSubjects')
        : numberText(context, recipient.subjectsAffected),
    ],
    [
      strings.controller.yourRecords,
      recipient?.recordsAffected === undefined
        ? requiredPlaceholder(context, 'controllerRecords')
        : numberText(context, recipient.recordsAffected),
    ],
  ];
}

function containment(context: RenderContext): string {
  const { containment: state } = context.input.incident;
  const words = context.strings.controller;
  if (!state) return words.containmentUnknown;
  if (!state.contained) return words.notContained;
  return words.contained(state.since ? instantText(context, new Date(state.since)) : null);
}

function emergencyContact(context: RenderContext): Field {
  const contact = context.input.incident.emergencyContact;
  const label = context.strings.controller.emergencyContact;
  if (!contact?.phone.trim()) return [label, requiredPlaceholder(context, 'emergencyContact')];
  const parts = [contact.phone, contact.name, contact.email].filter((part): part is string => Boolean(part?.trim())).map(inlineText);
  return [label, parts.join(', ')];
}

/** What is still open; the investigation is finished only when someone declares it so. */
function investigation(context: RenderContext): string[] {
  const { incident } = context.input;
  const { controller: words, vocabulary } = context.strings;
  const open = openQuestionsOf(incident).map((question) => vocabulary.openQuestion[question]);
  if (incident.investigationComplete) return open.length ? [words.stillUnknown, bulletList(open)] : [words.nothingOutstanding];
  return [words.investigationContinues, ...(open.length ? [words.investigatingIntro, bulletList(open)] : [])];
}
