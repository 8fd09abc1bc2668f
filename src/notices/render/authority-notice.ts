// Art. 33 notification to ANSPDCP, in the section order of the form approved by ANSPDCP Decision 128/2018.
import type { Assessment, SeverityLevel } from '../../risk/assessment.js';
import type { IncidentFacts } from '../../risk/facts.js';
import { adviceFor } from './category-effects.js';
import { NOTICE_STRINGS } from './i18n/index.js';
import type { NoticeStrings } from './i18n/notice-strings.js';
import { longDate } from './instant-format.js';
import { isEPrivacyRegime, type AuthorityClockKey } from './lateness.js';
import { blockText, bulletList, heading, inlineText, markdownDocument } from './markdown.js';
import type { NoticeLanguage, OrganisationProfile, RenderedNotice } from './notice-input.js';
import {
  authorityReportText,
  consequenceList,
  dataBlocks,
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
import { reasonsBlock } from './reasons.js';

interface Section {
  heading: string;
  body: string[];
}

/** To ANSPDCP: the provider's form (Decision 184/2014) under the e-communications regime, else the GDPR form (Decision 128/2018). */
export function renderAuthorityNotice(context: RenderContext): RenderedNotice {
  return isEPrivacyRegime(context.input.clocks) ? renderEPrivacyNotice(context) : renderGdprNotice(context);
}

function renderGdprNotice(context: RenderContext): RenderedNotice {
  const { input, strings } = context;
  const words = strings.authority;
  const title = words.title(input.incident.reference);
  const sections: Section[] = [
    { heading: words.sections.controller, body: [fieldList(controllerFields(context))] },
    { heading: words.sections.contact, body: [fieldList(dpoFields(context))] },
    { heading: words.sections.notificationType, body: notificationType(context) },
    { heading: words.sections.timeline, body: [fieldList(timelineFields(context))] },
    { heading: words.sections.nature, body: [fieldList(natureFields(context))] },
    { heading: words.sections.data, body: dataBlocks(context, true) },
    { heading: words.sections.measuresApplied, body: protectionAndMeasures(context) },
    { heading: words.sections.otherControllers, body: otherControllers(context) },
    { heading: words.sections.summary, body: incidentSummary(context) },
    { heading: words.sections.numbers, body: [fieldList(peopleFields(context))] },
    { heading: words.sections.consequences, body: [consequenceList(context), ...riskAssessment(context, input.assessment)] },
    { heading: words.sections.adverseEffects, body: adverseEffectMeasures(context) },
    { heading: words.sections.subjectsInformed, body: subjectsInformed(context) },
    { heading: words.sections.crossBorder, body: crossBorder(context) },
    { heading: words.sections.otherAuthorities, body: otherAuthorities(context) },
    ...delaySections(context, 'gdpr_art33'),
  ];
  return {
    title,
    markdown: markdownDocument([
      heading(1, inlineText(title)),
      words.addressee,
      words.intro(inlineText(input.incident.reference), instantText(context, input.now)),
      ...sections.flatMap((section, index) => [heading(2, `${index + 1}. ${section.heading}`), ...section.body]),
      heading(2, words.sections.signature),
      fieldList(signatoryFields(context)),
    ]),
  };
}

/**
 * A provider of publicly available electronic communications services notifies under Reg. 611/2013, Annex I,
 * in the form of ANSPDCP Decision 184/2014: first or second notification, then the items in the Annex's order.
 */
function renderEPrivacyNotice(context: RenderContext): RenderedNotice {
  const { input, strings } = context;
  const words = strings.eprivacy;
  const title = words.title(input.incident.reference);
  const subProcessors = input.incident.subProcessors ?? [];
  const sections: Section[] = [
    { heading: words.sections.provider, body: [fieldList(controllerFields(context))] },
    { heading: words.sections.contact, body: [fieldList(dpoFields(context))] },
    { heading: words.sections.notificationType, body: ePrivacyNotificationType(context) },
    { heading: words.sections.timeline, body: [fieldList(timelineFields(context))] },
    { heading: words.sections.circumstances, body: [fieldList(natureFields(context))] },
    { heading: words.sections.data, body: dataBlocks(context, true) },
    { heading: words.sections.measuresApplied, body: protectionAndMeasures(context) },
    {
      heading: words.sections.otherProviders,
      body: [subProcessors.length ? bulletList(subProcessors.map(inlineText)) : words.noOtherProviders],
    },
    { heading: words.sections.summary, body: incidentSummary(context) },
    { heading: words.sections.numbers, body: [fieldList(peopleFields(context))] },
    { heading: words.sections.consequences, body: [consequenceList(context), ...riskAssessment(context, input.assessment)] },
    { heading: words.sections.adverseEffects, body: adverseEffectMeasures(context) },
    { heading: words.sections.subscribersInformed, body: subscribersInformed(context) },
    { heading: words.sections.crossBorder, body: crossBorder(context) },
    { heading: words.sections.otherAuthorities, body: otherAuthorities(context) },
    ...delaySections(context, input.supplementTo ? 'eprivacy_second_phase' : 'eprivacy_initial'),
  ];
  return {
    title,
    markdown: markdownDocument([
      heading(1, inlineText(title)),
      strings.authority.addressee,
      words.intro(inlineText(input.incident.reference), instantText(context, input.now)),
      words.filing,
      ...sections.flatMap((section, index) => [heading(2, `${index + 1}. ${section.heading}`), ...section.body]),
      heading(2, strings.authority.sections.signature),
      fieldList([...signatoryFields(context).slice(0, -1), [words.signature, '']]),
    ]),
  };
}

function ePrivacyNotificationType(context: RenderContext): string[] {
  const { supplementTo } = context.input;
  const words = context.strings.eprivacy;
  // The GDPR form's first line names the notification; the rest (what changed, the investigation) applies as is.
  const [, ...rest] = notificationType(context);
  if (!supplementTo) return [words.firstNotification, ...rest];
  return [words.secondNotification(inlineText(supplementTo.externalReference), instantText(context, supplementTo.sentAt)), ...rest];
}

function subscribersInformed(context: RenderContext): string[] {
  const { subjectsInformed: informed, assessment } = context.input;
  const words = context.strings.eprivacy;
  if (informed || assessment === null) return subjectsInformed(context);
  // Art. 3(1): "likely to adversely affect" is any risk, a lower bar than Art. 34's high risk.
  return [assessment.riskLevel === 'unlikely' ? words.subscribersNotInformed : words.subscribersToBeInformed];
}

/** The operator as notified: a supplement keeps the identity of the notification it completes. */
function notifiedOrganisation({ input }: RenderContext): OrganisationProfile {
  return input.supplementTo?.organisation ?? input.organisation;
}

function controllerFields(context: RenderContext): Field[] {
  const organisation = notifiedOrganisation(context);
  const { labels, vocabulary } = context.strings;
  return [
    [labels.sector, vocabulary.sector[organisation.sector]],
    [labels.organisationName, inlineText(organisation.name)],
    [labels.registrationCode, inlineText(organisation.registrationCode)],
    [labels.address, inlineText(organisation.address)],
    [labels.role, vocabulary.role[context.input.incident.role]],
  ];
}

/** Item 2 of the form: name, postal address, phone and e-mail of the DPO, all mandatory there. */
function dpoFields(context: RenderContext): Field[] {
  const { dpo } = notifiedOrganisation(context);
  const { labels } = context.strings;
  return [
    [labels.personName, inlineText(dpo.name)],
    [labels.address, dpo.address?.trim() ? inlineText(dpo.address) : requiredPlaceholder(context, 'dpoAddress')],
    [labels.phone, inlineText(dpo.phone)],
    [labels.email, inlineText(dpo.email)],
  ];
}

function notificationType(context: RenderContext): string[] {
  const { supplementTo, incident } = context.input;
  const words = context.strings.authority;
  const status = incident.investigationComplete ? words.investigationComplete : words.investigationContinues;
  if (!supplementTo) return [words.initialNotification, status];
  const changes = supplementTo.incident ? changesSince(context, supplementTo.incident) : [];
  return [
    words.supplement(inlineText(supplementTo.externalReference), instantText(context, supplementTo.sentAt)),
    ...(supplementTo.incident ? [changes.length ? labelledBlock(words.changesSince, bulletList(changes)) : words.noChangesSince] : []),
    status,
  ];
}

/** Art. 33(4): what a supplement adds or corrects, field by field, as the notice words each value. */
function changesSince(context: RenderContext, before: IncidentFacts): string[] {
  const now = context.input.incident;
  const { labels, authority, vocabulary, unknown } = context.strings;
  const list = (values: readonly string[] | undefined) => (values?.length ? values.join(', ') : unknown);
  const compared: [label: string, value: (facts: IncidentFacts) => string][] = [
    [labels.occurredAt, (facts) => instantText(context, facts.occurredAt)],
    [labels.detectedAt, (facts) => instantText(context, facts.detectedAt)],
    [labels.malicious, (facts) => yesNo(context, facts.malicious)],
    [labels.dataOutcome, (facts) => (facts.dataOutcome ? vocabulary.dataOutcome[facts.dataOutcome] : unknown)],
    [labels.dataCategories, (facts) => list(facts.dataCategories.map((category) => vocabulary.dataCategory[category]))],
    [labels.subjectCategories, (facts) => list(facts.subjectCategories?.map((category) => vocabulary.subjectCategory[category]))],
    [labels.subjectsAffected, (facts) => numberText(context, facts.subjectsAffected)],
    [labels.recordsAffected, (facts) => numberText(context, facts.recordsAffected)],
    [authority.memberStates, (facts) => list(facts.crossBorder?.memberStates)],
    [
      authority.sections.otherAuthorities,
      (facts) => list(facts.otherAuthoritiesInformed?.map((report) => vocabulary.otherAuthority[report.authority])),
    ],
  ];
  const changed = compared
    .map(([label, value]) => [label, value(before), value(now)] as const)
    .filter(([, was, is]) => was !== is)
    .map(([label, was, is]) => authority.change(label, was, is));
  const textChanged = (facts: IncidentFacts) => [facts.description, facts.mitigation?.measures];
  const [descriptionBefore, measuresBefore] = textChanged(before);
  const [descriptionNow, measuresNow] = textChanged(now);
  return [
    ...changed,
    ...(descriptionBefore !== descriptionNow ? [authority.textUpdated(authority.sections.summary)] : []),
    ...(measuresBefore !== measuresNow ? [authority.textUpdated(labels.measures)] : []),
  ];
}

function timelineFields(context: RenderContext): Field[] {
  const { incident } = context.input;
  const { labels } = context.strings;
  return [
    [labels.occurredAt, instantText(context, incident.occurredAt)],
    [labels.detectedAt, instantText(context, incident.detectedAt)],
    [labels.awareAt, instantText(context, incident.awareAt)],
  ];
}

/** Who signs: the signatory named when drafting, else the DPO; dated with the notice. */
function signatoryFields(context: RenderContext): Field[] {
  const { input, strings } = context;
  const words = strings.authority;
  const signatory = input.signatory ?? { name: notifiedOrganisation(context).dpo.name, position: words.dpoPosition };
  return [
    [words.signatoryName, inlineText(signatory.name)],
    [words.signatoryPosition, inlineText(signatory.position)],
    [words.signatureDate, longDate(input.now, input.timeZone, strings.locale)],
    [words.signature, ''],
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
        ]),
        ...reasonsBlock(context, assessment),
        words.method(assessment.method, assessment.methodVersion, instantText(context, new Date(assessment.assessedAt))),
      ]
    : [words.notAssessed];
  return [heading(3, words.riskAssessment), ...body];
}

function adverseEffectMeasures(context: RenderContext): string[] {
  const { incident } = context.input;
  const { authority: words, vocabulary } = context.strings;
  const advice = adviceFor(incident).map((piece) => vocabulary.advice[piece]);
  return [
    ...(incident.mitigation?.highRiskNoLongerLikely ? [words.highRiskNoLongerLikely] : []),
    labelledBlock(words.adviceToSubjects, bulletList(advice)),
  ];
}

/** Section 2, part II of the form: the content, the means and the number of people informed. */
function subjectsInformed(context: RenderContext): string[] {
  const { subjectsInformed: informed, assessment } = context.input;
  const { authority: words, vocabulary } = context.strings;
  if (informed) {
    return [
      fieldList([
        [
          words.informedContent,
          informed.letter ? words.informedContentText(inlineText(informed.letter.title), informed.letter.version) : context.strings.unknown,
        ],
        [words.informedMeans, inlineText(informed.how)],
        [
          words.informedCount,
          informed.count === undefined ? requiredPlaceholder(context, 'subjectsInformedCount') : numberText(context, informed.count),
        ],
        [words.informedAt, instantText(context, informed.when)],
      ]),
    ];
  }
  if (assessment === null) return [requiredPlaceholder(context, 'subjectsInformed')];
  if (assessment.exemptions.length > 0) {
    return [words.subjectsExempted, bulletList(assessment.exemptions.map((exemption) => vocabulary.exemption[exemption]))];
  }
  return [assessment.notifyDataSubjects ? words.subjectsToBeInformed : words.subjectsNotRequired];
}

/** A notice made after the deadline of the clock it meets says so, and why (the service judges `late`). */
function delaySections(context: RenderContext, clockKey: AuthorityClockKey): Section[] {
  if (!context.input.late) return [];
  const reasons = requiredOr(context, context.input.reasonsForDelay, 'reasonsForDelay');
  return [{ heading: context.strings.authority.sections.delay, body: delaySection(context.strings, clockKey, reasons) }];
}

function delaySection(strings: NoticeStrings, clockKey: string, reasons: string): string[] {
  const statement =
    clockKey === 'eprivacy_initial'
      ? strings.eprivacy.delayStatement
      : clockKey === 'eprivacy_second_phase'
        ? strings.eprivacy.secondDelayStatement
        : strings.authority.delayStatement;
  return [statement, reasons];
}

/**
 * An authority notice's body with the reasons for the delay written in (Art. 33(1), Reg. 611/2013 Art. 2): in
 * place of the placeholder or of the reasons given before, else as a new last numbered section, before the
 * signature, saying which deadline was passed (the clock the notice meets). Whatever else people wrote stays.
 */
export function withReasonsForDelay(
  markdown: string,
  language: NoticeLanguage,
  reasons: string,
  previousReasons?: string | null,
  clockKey: string = 'gdpr_art33',
): string {
  const strings = NOTICE_STRINGS[language];
  const written = blockText(reasons);
  if (markdown.includes(written)) return markdown;
  const placeholder = strings.required(strings.vocabulary.requiredItem.reasonsForDelay);
  const replaced = [previousReasons?.trim() ? blockText(previousReasons) : null, placeholder].find(
    (stale): stale is string => stale !== null && markdown.includes(stale),
  );
  if (replaced) return markdown.replace(replaced, () => written);
  const sectionNumber = (markdown.match(/^## \d+\. /gm)?.length ?? 0) + 1;
  const section = markdownDocument([
    heading(2, `${sectionNumber}. ${strings.authority.sections.delay}`),
    ...delaySection(strings, clockKey, written),
  ]);
  const signature = markdown.indexOf(`\n${heading(2, strings.authority.sections.signature)}\n`);
  if (signature < 0) return markdownDocument([markdown.trimEnd(), section.trimEnd()]);
  return `${markdown.slice(0, signature + 1)}${section}\n${markdown.slice(signature + 1)}`;
}

function otherAuthorities(context: RenderContext): string[] {
  const reports = context.input.incident.otherAuthoritiesInformed ?? [];
  const words = context.strings.authority;
  if (reports.length === 0) return [words.noOtherAuthorities];
  return [bulletList(reports.map((report) => authorityReportText(context, report)))];
}

function crossBorder(context: RenderContext): string[] {
  const memberStates = context.input.incident.crossBorder?.memberStates ?? [];
  const words = context.strings.authority;
  if (memberStates.length === 0) return [words.noMemberStates];
  return [labelledBlock(words.memberStates, bulletList(memberStateNames(context, memberStates)))];
}
