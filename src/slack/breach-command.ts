// The text a person types after `/breach`, read into a command. Pure.
import type { Role } from '../auth/roles.js';

export type BreachCommand =
  | { kind: 'help' }
  | { kind: 'new'; title: string }
  | { kind: 'list' }
  | { kind: 'status'; reference: string }
  | { kind: 'ack'; reference: string }
  | { kind: 'assess'; reference: string }
  | { kind: 'approve'; noticeId: string }
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
};

const MAX_TITLE_LENGTH = 200;
const REFERENCE = /^BR-\d{4}-\d{4,}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EXAMPLE_REFERENCE = 'BR-2026-0001';

type Parser = (args: string[], rest: string) => BreachCommand;

const PARSERS: Record<string, Parser> = {
  help: (args) => withoutArguments('help', args, { kind: 'help' }),
  list: (args) => withoutArguments('list', args, { kind: 'list' }),
  new: (_, rest) => newIncident(rest),
  status: (args) => withReference('status', args, (reference) => ({ kind: 'status', reference })),
  ack: (args) => withReference('ack', args, (reference) => ({ kind: 'ack', reference })),
  assess: (args) => withReference('assess', args, (reference) => ({ kind: 'assess', reference })),
  approve: (args) => approve(args),
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

function approve(args: string[]): BreachCommand {
  const example = '`/breach approve 3f2b8c1e-…` (the notice id is in the approval request)';
  if (args.length !== 1) return invalid(`Which notice? For example ${example}.`);
  const [noticeId] = args;
  if (!UUID.test(noticeId)) return invalid(`\`${noticeId}\` is not a notice id; use the id from the approval request, as in ${example}.`);
  return { kind: 'approve', noticeId: noticeId.toLowerCase() };
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
