// What a submitted Slack form says, read from Slack's view state, and the problems found in it put back
// under the form's own fields. Pure.
import type { FieldProblem } from '../common/domain-error.js';
import { capitalise, INPUT } from './block-kit.js';
import { JUSTIFICATION_BLOCK, NEW_INCIDENT_FIELDS, REASON_BLOCK, type NewIncidentField } from './interaction-ids.js';

/** Slack's slot for a modal's field values: block id → action id → the element's state. */
export type ViewStateValues = Record<
  string,
  Record<
    string,
    {
      value?: string | null;
      selected_option?: { value: string } | null;
      selected_options?: { value: string }[];
      selected_date_time?: number | null;
    }
  >
>;

/**
 * The new-incident form's answers as the intake API's body, unvalidated: the caller validates them as a
 * CreateIncidentDto, with the HTTP edge's own rules. A field not answered is left out, so validation names it.
 */
export function newIncidentInput(values: ViewStateValues): Partial<Record<NewIncidentField, unknown>> {
  const field = (block: NewIncidentField) => values[block]?.[INPUT];
  const subjects = field('subjectsAffected')?.value;
  const awareAt = field('awareAt')?.selected_date_time;
  const systems = field('systems')?.selected_options?.map((option) => option.value);
  const categories = field('dataCategories')?.selected_options?.map((option) => option.value);
  const input: Record<NewIncidentField, unknown> = {
    title: field('title')?.value ?? undefined,
    systems: systems?.length ? systems : undefined,
    role: field('role')?.selected_option?.value,
    breachTypes: field('breachTypes')?.selected_options?.map((option) => option.value) ?? [],
    // Left empty with systems chosen: the inventory's. Without systems an empty answer is passed on, so validation names it.
    dataCategories: categories?.length || !systems?.length ? (categories ?? []) : undefined,
    // A number that is not a whole one is passed on as typed, so validation names the field.
    subjectsAffected: subjects ? (Number.isFinite(Number(subjects)) ? Number(subjects) : subjects) : undefined,
    awareAt: typeof awareAt === 'number' ? new Date(awareAt * 1000).toISOString() : undefined,
  };
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

export function rejectReasonOf(values: ViewStateValues): string {
  return typedTextOf(values, REASON_BLOCK);
}

export function justificationOf(values: ViewStateValues): string {
  return typedTextOf(values, JUSTIFICATION_BLOCK);
}

export const newIncidentErrors = (problems: readonly FieldProblem[]) => formErrors(problems, NEW_INCIDENT_FIELDS);
export const rejectReasonErrors = (problems: readonly FieldProblem[]) => formErrors(problems, [REASON_BLOCK]);
export const justificationErrors = (problems: readonly FieldProblem[]) => formErrors(problems, [JUSTIFICATION_BLOCK]);

function typedTextOf(values: ViewStateValues, block: string): string {
  return values[block]?.[INPUT]?.value?.trim() ?? '';
}

/** Problems in the `errors` shape of a view_submission answer: each under its field, anything else under the first. */
function formErrors(problems: readonly FieldProblem[], fields: readonly string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { field, problem } of problems) {
    const block = fields.find((name) => field === name || field.startsWith(`${name}.`)) ?? fields[0];
    const sentence = block === field ? capitalise(problem) : `${field} ${problem}`;
    errors[block] = errors[block] ? `${errors[block]}; ${sentence}` : sentence;
  }
  return errors;
}
