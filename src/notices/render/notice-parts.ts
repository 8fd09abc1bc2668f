// Pieces more than one kind of notice is made of. Each takes the render context and returns Markdown.
import { SPECIAL_CATEGORIES, type DataCategory } from '../../risk/facts.js';
import type { AuthorityReport, FreeTextField } from '../../risk/notice-facts.js';
import { consequencesOf } from './category-effects.js';
import type { NoticeStrings, RequiredItem } from './i18n/notice-strings.js';
import { instantParts } from './instant-format.js';
import { blockText, bulletList, field, inlineText } from './markdown.js';
import type { NoticeInput } from './notice-input.js';

export interface RenderContext {
  input: NoticeInput;
  strings: NoticeStrings;
}

/** A label and its value; a list of them renders as "- **label:** value". */
export type Field = readonly [label: string, value: string];

export function fieldList(fields: readonly Field[]): string {
  return bulletList(fields.map(([label, value]) => field(label, value)));
}

/** A bold label on its own line, then text that may run to several paragraphs or a list. */
export function labelledBlock(label: string, text: string): string {
  return `**${label}:**\n${text}`;
}

export function instantText({ input, strings }: RenderContext, instant: Date | undefined): string {
  if (instant === undefined) return strings.unknown;
  const { utc, local, offset } = instantParts(instant, input.timeZone);
  return strings.instant(utc, local, offset);
}

export function numberText({ strings }: RenderContext, value: number | undefined): string {
  if (value === undefined) return strings.unknown;
  return new Intl.NumberFormat(strings.locale, { maximumFractionDigits: 2 }).format(value);
}

export function yesNo({ strings }: RenderContext, value: boolean | undefined): string {
  if (value === undefined) return strings.unknown;
  return value ? strings.yes : strings.no;
}

/** A visible placeholder for an item the notice cannot be sent without. */
export function requiredPlaceholder({ strings }: RenderContext, item: RequiredItem): string {
  return strings.required(strings.vocabulary.requiredItem[item]);
}

/** Typed text, or the placeholder when nobody has written it yet. */
export function requiredOr(context: RenderContext, text: string | undefined | null, item: RequiredItem): string {
  return text?.trim() ? blockText(text) : requiredPlaceholder(context, item);
}

/**
 * Free text typed into the incident, in the notice's language: its translation when given, the text itself when
 * it was written in that language, else the text under a blank asking for a translation (also when nobody said
 * which language it is in). Null when there is no text.
 */
export function freeText({ input, strings }: RenderContext, field: FreeTextField): string | null {
  const { incident, language } = input;
  const translated = incident.translations?.[language]?.[field];
  if (translated?.trim()) return blockText(translated);
  const original = field === 'measures' ? incident.mitigation?.measures : incident[field];
  if (!original?.trim()) return null;
  if (incident.textLanguage === language) return blockText(original);
  const from = incident.textLanguage ? strings.vocabulary.fromLanguage[incident.textLanguage] : null;
  return `${strings.translate(from)}\n\n${blockText(original)}`;
}

/** Free text in the notice's language, or the placeholder when nobody has written it. */
export function requiredFreeText(context: RenderContext, field: FreeTextField, item: RequiredItem): string {
  return freeText(context, field) ?? requiredPlaceholder(context, item);
}

/** Data categories in plain words; for the authority and controllers, marked where Art. 9 or 10 applies. */
export function dataCategoryList({ strings }: RenderContext, categories: readonly DataCategory[], withLegalNotes: boolean): string {
  const legalNote = (category: DataCategory) => {
    if (!withLegalNotes) return '';
    if (category === 'criminal_records') return ` (${strings.art10Note})`;
    return SPECIAL_CATEGORIES.includes(category) ? ` (${strings.art9Note})` : '';
  };
  return bulletList(categories.map((category) => strings.vocabulary.dataCategory[category] + legalNote(category)));
}

export function natureFields(context: RenderContext): Field[] {
  const { incident } = context.input;
  const { labels, vocabulary } = context.strings;
  const { confidentiality, availability, integrity, dataOutcome } = incident;
  return [
    [labels.breachTypes, incident.breachTypes.map((type) => vocabulary.breachType[type]).join('; ')],
    [labels.malicious, yesNo(context, incident.malicious)],
    ...(dataOutcome ? [[labels.dataOutcome, vocabulary.dataOutcome[dataOutcome]] as const] : []),
    ...(confidentiality
      ? ([
          [labels.recipients, vocabulary.recipients[confidentiality.recipients]],
          [labels.dataRetrieved, yesNo(context, confidentiality.dataRetrieved)],
        ] as const)
      : []),
    ...(availability
      ? ([
          [labels.outageHours, numberText(context, availability.outageHours)],
          [labels.restorable, yesNo(context, availability.restorable)],
          [labels.permanentLoss, yesNo(context, availability.permanentLoss)],
        ] as const)
      : []),
    ...(integrity
      ? ([
          [labels.altered, yesNo(context, integrity.altered)],
          [labels.recoverable, yesNo(context, integrity.recoverable)],
        ] as const)
      : []),
  ];
}

export function peopleFields(context: RenderContext): Field[] {
  const { incident } = context.input;
  const { labels, vocabulary, unknown } = context.strings;
  const subjectCategories = incident.subjectCategories?.length
    ? incident.subjectCategories.map((category) => vocabulary.subjectCategory[category]).join(', ')
    : unknown;
  return [
    [labels.subjectCategories, subjectCategories],
    [labels.subjectsAffected, numberText(context, incident.subjectsAffected)],
    [labels.recordsAffected, numberText(context, incident.recordsAffected)],
  ];
}

/** How the data were protected, then what was done about the breach. */
export function protectionAndMeasures(context: RenderContext): string[] {
  const { encryption } = context.input.incident;
  const { labels, vocabulary, unknown } = context.strings;
  const encrypted = encryption !== undefined && encryption.level !== 'none';
  const protection: Field[] = [
    [labels.encryption, encryption ? vocabulary.encryption[encryption.level] : unknown],
    ...(encrypted ? [[labels.keyCompromised, yesNo(context, encryption.keyCompromised)] as const] : []),
  ];
  return [fieldList(protection), labelledBlock(labels.measures, requiredFreeText(context, 'measures', 'measures'))];
}

export function consequenceList({ input, strings }: RenderContext): string {
  return bulletList(consequencesOf(input.incident).map((consequence) => strings.vocabulary.consequence[consequence]));
}

/** The categories, then what exactly the data were, when someone wrote it. */
export function dataBlocks(context: RenderContext, withLegalNotes: boolean, categories = context.input.incident.dataCategories): string[] {
  const details = freeText(context, 'dataDescription');
  return [
    dataCategoryList(context, categories, withLegalNotes),
    ...(details ? [labelledBlock(context.strings.labels.dataDescription, details)] : []),
  ];
}

export function contactFields(context: RenderContext): Field[] {
  return [[context.strings.labels.personName, inlineText(context.input.organisation.dpo.name)], ...contactChannels(context)];
}

export function contactChannels({ input, strings }: RenderContext): Field[] {
  const { dpo } = input.organisation;
  return [
    [strings.labels.email, inlineText(dpo.email)],
    [strings.labels.phone, inlineText(dpo.phone)],
  ];
}

/** The responder's account; the incident's title is an internal label and stays out of the notices. */
export function incidentSummary(context: RenderContext): string[] {
  return [requiredFreeText(context, 'description', 'summary')];
}

/** "Germania (DE)"; a code the runtime cannot name stays a bare code. */
export function memberStateNames({ strings }: RenderContext, codes: readonly string[]): string[] {
  const regionNames = new Intl.DisplayNames([strings.locale], { type: 'region' });
  return codes.map((code) => {
    const upper = code.toUpperCase();
    const name = regionNames.of(upper);
    return name && name !== upper ? `${name} (${upper})` : inlineText(upper);
  });
}

/** "DNSC, on 2026-…, reference 123": a report already made to another authority. */
export function authorityReportText(context: RenderContext, report: AuthorityReport): string {
  const { vocabulary, authority } = context.strings;
  const name = report.name?.trim()
    ? `${vocabulary.otherAuthority[report.authority]} (${inlineText(report.name)})`
    : vocabulary.otherAuthority[report.authority];
  return authority.authorityReport(
    name,
    report.reportedAt ? instantText(context, new Date(report.reportedAt)) : null,
    report.reference?.trim() ? inlineText(report.reference) : null,
  );
}
