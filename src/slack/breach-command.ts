// The text a person types after `/breach`, read into a command. Pure.
import type { Role } from '../auth/roles.js';

export type BreachCommand =
  | { kind: 'help' }
  | { kind: 'new'; title: string }
  | { kind: 'list' }
  | { kind: 'status'; reference: string }
  | { kind: 'ack'; reference: string }
  | { kind: 'assess'; reference: string }
  /** `version`: the version the DPO read (absent: answered with the current one); `reason`: for a single-person approval. */
  | { kind: 'approve'; noticeId: string; version?: number; reason?: string }
  /** A DPO confirms the pending downgrade `version` of an incident, with a justification. */
  | { kind: 'confirm'; reference: string; version: number; justification: string }
  /** Text that is no command; `problem` says why, in a sentence for the person who typed it. */
  | { kind: 'invalid'; problem: string };

export type BreachCommandKind = BreachCommand['kind'];

/** The least role each command needs: the same roles the API asks for the same action. */
export const REQUIRED_ROLE: Record<BreachCommandKind, Role | null> = {
  help: null,
  invalid: null,
  new: 'reporter',
  list: 'reporter',
  status: 'reporter',
  // Saying "I am handling this" is a responder's job; reporters log.
  ack: 'responder',
  assess: 'responder',
  approve: 'dpo',
  confirm: 'dpo',
};

const MAX_TITLE_LENGTH = 200;
const REFERENCE = /^BR-\d{4}-\d{4,}$/i;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EXAMPLE_REFERENCE = 'BR-2026-0001';

type Parser = (args: string[], rest: string) => BreachCommand;

const PARSERS: Record<string, Parser> = {
  help: (args) => withoutArguments('help', args, { kind: 'help' }),
  list: (args) => withoutArguments('list', args, { kind: 'list' }),
  new: (_, rest) => newIncident(rest),
  status: (args) => withReference('status', args, (reference) => ({ kind: 'status', reference })),
  ack: (args) => withReference('ack', args, (reference) => ({ kind: 'ack', reference })),
  assess: (args) => withReference('assess', args, (reference) => ({ kind: 'assess', reference })),
  approve: (args, rest) => approve(args, rest),
  confirm: (args, rest) => confirm(args, rest),
};

export function parseBreachCommand(text: string): BreachCommand {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'help' };
  const [verb, ...args] = trimmed.split(/\s+/);
  const rest = trimmed.slice(verb.length).trim();
  const parser = Object.hasOwn(PARSERS, verb.toLowerCase()) ? PARSERS[verb.toLowerCase()] : undefined;
  if (!parser) return invalid(`I don’t know the command \`${verb}\`.`);
  return parser(args, rest);
}

function newIncident(rest: string): BreachCommand {
  // Slack escapes &, < and > in what people type; the title is stored as they meant it.
  const title = unescapeSlack(rest);
  if (!title) return invalid('Give the breach a title, for example `/breach new Laptop with payroll data stolen`.');
  if (Array.from(title).length > MAX_TITLE_LENGTH) {
    return invalid(`A title is at most ${MAX_TITLE_LENGTH} characters; put the details in the form that opens.`);
  }
  return { kind: 'new', title };
}

function withReference(verb: string, args: string[], command: (reference: string) => BreachCommand): BreachCommand {
  if (args.length === 0) return invalid(`Which incident? For example \`/breach ${verb} ${EXAMPLE_REFERENCE}\`.`);
  if (args.length > 1) return invalid(`\`/breach ${verb}\` takes one incident reference, such as ${EXAMPLE_REFERENCE}.`);
  const [reference] = args;
  if (!REFERENCE.test(reference)) {
    return invalid(`\`${reference}\` is not an incident reference; they look like ${EXAMPLE_REFERENCE}.`);
  }
  return command(reference.toUpperCase());
}

function approve(args: string[], rest: string): BreachCommand {
  const example = '`/breach approve 3f2b8c1e-… 2` (the notice id and the version you read are in the approval request)';
  if (args.length === 0) return invalid(`Which notice? For example ${example}.`);
  const [noticeId, version] = args;
  if (!UUID.test(noticeId)) return invalid(`\`${noticeId}\` is not a notice id; use the id from the approval request, as in ${example}.`);
  if (version === undefined) return { kind: 'approve', noticeId: noticeId.toLowerCase() };
  if (!/^[1-9]\d{0,8}$/.test(version))
    return invalid(`\`${version}\` is not a version number; the version you read is a whole number, as in ${example}.`);
  // Whatever follows the version is the reason for a single-person approval, as typed.
  const reason = unescapeSlack(rest.slice(rest.indexOf(version, noticeId.length) + version.length).trim());
  return { kind: 'approve', noticeId: noticeId.toLowerCase(), version: Number(version), ...(reason ? { reason } : {}) };
}

function confirm(args: string[], rest: string): BreachCommand {
  const example = `\`/breach confirm ${EXAMPLE_REFERENCE} 3 The leaked file held only test accounts, checked by IT\``;
  const [reference, version] = args;
  if (!reference || !REFERENCE.test(reference)) return invalid(`Which incident? For example ${example}.`);
  if (!version || !/^[1-9]\d{0,8}$/.test(version))
    return invalid(`Which assessment version? The message asking you names it, as in ${example}.`);
  const justification = unescapeSlack(rest.slice(rest.indexOf(version, reference.length) + version.length).trim());
  if (!justification) return invalid(`Say why the duty is no longer owed, as in ${example}.`);
  return { kind: 'confirm', reference: reference.toUpperCase(), version: Number(version), justification };
}

function withoutArguments(verb: string, args: string[], command: BreachCommand): BreachCommand {
  return args.length ? invalid(`\`/breach ${verb}\` takes nothing after it.`) : command;
}

function invalid(problem: string): BreachCommand {
  return { kind: 'invalid', problem };
}

function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
