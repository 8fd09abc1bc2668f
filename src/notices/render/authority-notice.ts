// Art. 33 notification to ANSPDCP, in the section order of the form approved by ANSPDCP Decision 128/2018.
import type { Assessment, SeverityLevel } from '../../risk/assessment.js';
import { adviceFor } from './category-effects.js';
import { authorityClock, isLateAuthorityNotice } from './lateness.js';
import { NOTICE_STRINGS } from './i18n/index.js';
import type { NoticeStrings } from './i18n/notice-strings.js';
import { blockText, bulletList, heading, inlineText, markdownDocument } from './markdown.js';
import type { NoticeLanguage, RenderedNotice } from './notice-input.js';
import {
  consequenceList,
  contactFields,
  dataCategoryList,
  type Field,
  fieldList,
  incidentSummary,
  instantText,
  labelledBlock,
  memberStateNames,
  natureFields,
  numberText,
  peopleFields,
  protectionAndMeasures,
  type RenderContext,
  requiredOr,
  requiredPlaceholder,
  yesNo,
} from './notice-parts.js';

/** How many of the engine's reasons, in its order, the notice quotes. */
const REASONS_QUOTED = 5;

interface Section {
  heading: string;
  body: string[];
}

export function renderAuthorityNotice(context: RenderContext): RenderedNotice {
  const { input, strings } = context;
  const words = strings.authority;
  const title = words.title(input.incident.reference);
  const sections: Section[] = [
    { heading: words.sections.controller, body: [fieldList(controllerFields(context))] },
    { heading: words.sections.contact, body: [fieldList(contactFields(context))] },
    { heading: words.sections.notificationType, body: [notificationType(context)] },
    { heading: words.sections.timeline, body: [fieldList(timelineFields(context))] },
    { heading: words.sections.nature, body: [fieldList(natureFields(context))] },
    { heading: words.sections.data, body: [dataCategoryList(context, input.incident.dataCategories, true)] },
    { heading: words.sections.measuresApplied, body: protectionAndMeasures(context) },
    { heading: words.sections.otherControllers, body: otherControllers(context) },
    { heading: words.sections.summary, body: incidentSummary(context) },
    { heading: words.sections.numbers, body: [fieldList(peopleFields(context))] },
    { heading: words.sections.consequences, body: [consequenceList(context), ...riskAssessment(context, input.assessment)] },
    { heading: words.sections.adverseEffects, body: adverseEffectMeasures(context) },
    { heading: words.sections.subjectsInformed, body: subjectsInformed(context) },
    { heading: words.sections.crossBorder, body: crossBorder(context) },
    ...(isLateAuthorityNotice(input) ? [{ heading: words.sections.delay, body: reasonsForDelay(context) }] : []),
  ];
  return {
    title,
    markdown: markdownDocument([
      heading(1, inlineText(title)),
      words.addressee,
      words.intro(inlineText(input.incident.reference), instantText(context, input.now)),
      ...sections.flatMap((section, index) => [heading(2, `${index + 1}. ${section.heading}`), ...section.body]),
    ]),
  };
}

function controllerFields({ input, strings }: RenderContext): Field[] {
  const { organisation } = input;
  const { labels, vocabulary } = strings;
  return [
    [labels.sector, vocabulary.sector[organisation.sector]],
    [labels.organisationName, inlineText(organisation.name)],
    [labels.registrationCode, inlineText(organisation.registrationCode)],
    [labels.address, inlineText(organisation.address)],
    [labels.role, vocabulary.role[input.incident.role]],
  ];
}

function notificationType(context: RenderContext): string {
  const { supplementTo } = context.input;
  const words = context.strings.authority;
  return supplementTo
    ? words.supplement(inlineText(supplementTo.externalReference), instantText(context, supplementTo.sentAt))
    : words.initialNotification;
}

function timelineFields(context: RenderContext): Field[] {
  const { incident, clocks } = context.input;
  const { labels, authority } = context.strings;
  const clock = authorityClock(clocks);
  return [
    [labels.occurredAt, instantText(context, incident.occurredAt)],
    [labels.detectedAt, instantText(context, incident.detectedAt)],
    [labels.awareAt, instantText(context, incident.awareAt)],
    ...(clock ? [[authority.deadline, instantText(context, clock.dueAt)] as const] : []),
  ];
}

function otherControllers({ input, strings }: RenderContext): string[] {
  const controllers = input.incident.affectedControllers ?? [];
  if (controllers.length === 0) return [strings.authority.noOtherControllers];
  return [bulletList(controllers.map((controller) => `${inlineText(controller.name)} (${inlineText(controller.contact)})`))];
}

function riskAssessment(context: RenderContext, assessment: Assessment | null): string[] {
  const { authority: words, vocabulary } = context.strings;
  const severity = (score: number, level: SeverityLevel) => `${numberText(context, score)} (${vocabulary.severityLevel[level]})`;
  const body = assessment
    ? [
        fieldList([
          [words.severity, severity(assessment.severity.score, assessment.severity.level)],
          [words.riskLevel, vocabulary.riskLevel[assessment.riskLevel]],
          [words.notifyAuthority, yesNo(context, assessment.notifyAuthority)],
          [words.notifyDataSubjects, yesNo(context, assessment.notifyDataSubjects)],
        ]),
        ...(assessment.reasons.length > 0
          ? [
              labelledBlock(
                words.mainReasons,
                bulletList(
                  assessment.reasons
                    .slice(0, REASONS_QUOTED)
                    .map((reason) => `${inlineText(reason.explanation)} (${inlineText(reason.effect)})`),
                ),
              ),
            ]
          : []),
        words.method(assessment.method, assessment.methodVersion, instantText(context, new Date(assessment.assessedAt))),
      ]
    : [words.notAssessed];
  return [heading(3, words.riskAssessment), ...body];
}

function adverseEffectMeasures(context: RenderContext): string[] {
  const { incident } = context.input;
  const { authority: words, vocabulary } = context.strings;
  const advice = adviceFor(incident.dataCategories).map((piece) => vocabulary.advice[piece]);
  return [
    ...(incident.mitigation?.highRiskNoLongerLikely ? [words.highRiskNoLongerLikely] : []),
    labelledBlock(words.adviceToSubjects, bulletList(advice)),
  ];
}

function subjectsInformed(context: RenderContext): string[] {
  const { subjectsInformed: informed, assessment } = context.input;
  const { authority: words, vocabulary } = context.strings;
  if (informed) {
    return [words.subjectsInformed(inlineText(informed.how), informed.when ? instantText(context, informed.when) : null)];
  }
  if (assessment === null) return [requiredPlaceholder(context, 'subjectsInformed')];
  if (assessment.exemptions.length > 0) {
    return [words.subjectsExempted, bulletList(assessment.exemptions.map((exemption) => vocabulary.exemption[exemption]))];
  }
  return [assessment.notifyDataSubjects ? words.subjectsToBeInformed : words.subjectsNotRequired];
}

function reasonsForDelay(context: RenderContext): string[] {
  return delaySection(context.strings, requiredOr(context, context.input.reasonsForDelay, 'reasonsForDelay'));
}

function delaySection(strings: NoticeStrings, reasons: string): string[] {
  return [strings.authority.delayStatement, reasons];
}

/**
 * An authority notice's body with the reasons for the delay written in (Art. 33(1)): in place of the
 * placeholder or of the reasons given before, else as a new last section. Whatever else people wrote stays.
 */
export function withReasonsForDelay(markdown: string, language: NoticeLanguage, reasons: string, previousReasons?: string | null): string {
  const strings = NOTICE_STRINGS[language];
  const written = blockText(reasons);
  if (markdown.includes(written)) return markdown;
  const placeholder = strings.required(strings.vocabulary.requiredItem.reasonsForDelay);
  const replaced = [previousReasons?.trim() ? blockText(previousReasons) : null, placeholder].find(
    (stale): stale is string => stale !== null && markdown.includes(stale),
  );
  if (replaced) return markdown.replace(replaced, () => written);
  const sectionNumber = (markdown.match(/^## /gm)?.length ?? 0) + 1;
  return markdownDocument([
    markdown.trimEnd(),
    heading(2, `${sectionNumber}. ${strings.authority.sections.delay}`),
    ...delaySection(strings, written),
  ]);
}

function crossBorder(context: RenderContext): string[] {
  const memberStates = context.input.incident.crossBorder?.memberStates ?? [];
  const words = context.strings.authority;
  if (memberStates.length === 0) return [words.noMemberStates];
  return [labelledBlock(words.memberStates, bulletList(memberStateNames(context, memberStates)))];
}
