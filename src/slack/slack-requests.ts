// What Slack sends Breach Desk, read into what Breach Desk acts on: a slash command's form fields and the
// `payload` of an interaction. Pure.
import { DomainError } from '../common/domain-error.js';
import { unstorableInput } from '../common/unstorable-input.js';
import { UUID } from './breach-command.js';
import type { ViewStateValues } from './form-input.js';
import {
  CONFIRM_DOWNGRADE_ACTION,
  CONFIRM_DOWNGRADE_CALLBACK,
  NEW_INCIDENT_CALLBACK,
  NOTICE_ACTIONS,
  REJECT_NOTICE_CALLBACK,
  type ConfirmContext,
  type RejectContext,
} from './interaction-ids.js';

/** Only the member id: the user_name/username a request carries is the person's own choice, not an identity. */
export interface SlackUser {
  id: string;
}

/** The version and body hash an Approve button was posted with (absent on a button from before they were carried). */
export interface ReadVersion {
  version: number;
  bodyHash: string;
}

export interface SlashCommand {
  text: string;
  user: SlackUser;
  triggerId: string;
  responseUrl: string;
}

export type SlackInteraction =
  | { kind: 'new_incident_submitted'; user: SlackUser; values: ViewStateValues }
  | { kind: 'reject_reason_submitted'; user: SlackUser; values: ViewStateValues; rejecting: RejectContext }
  | { kind: 'confirm_clicked'; user: SlackUser; confirming: ConfirmContext; triggerId: string }
  | { kind: 'confirm_justification_submitted'; user: SlackUser; values: ViewStateValues; confirming: ConfirmContext }
  | {
      kind: 'approve_clicked' | 'reject_clicked';
      user: SlackUser;
      noticeId: string;
      triggerId: string;
      responseUrl: string;
      read?: ReadVersion;
    }
  /** Anything else Slack tells us about (a link button, a closed modal): acknowledged, nothing done. */
  | { kind: 'ignored' };

interface InteractionPayload {
  type?: string;
  user?: { id?: string };
  trigger_id?: string;
  response_url?: string;
  actions?: { action_id?: string; value?: string }[];
  view?: { callback_id?: string; private_metadata?: string; state?: { values?: ViewStateValues } };
}

export function slashCommandOf(body: Record<string, unknown>): SlashCommand {
  const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
  const missing = ['user_id', 'trigger_id', 'response_url'].filter((name) => !field(name));
  if (missing.length) throw DomainError.invalid(missing.map((name) => ({ field: name, problem: 'is missing from the slash command' })));
  return {
    text: field('text'),
    user: { id: field('user_id') },
    triggerId: field('trigger_id'),
    responseUrl: field('response_url'),
  };
}

export function interactionOf(body: Record<string, unknown>): SlackInteraction {
  const payload = parsePayload(body.payload);
  const user: SlackUser = { id: payload.user?.id ?? '' };
  if (!user.id) throw DomainError.invalid([{ field: 'payload.user', problem: 'is missing' }]);
  if (payload.type === 'view_submission') {
    const values = payload.view?.state?.values ?? {};
    switch (payload.view?.callback_id) {
      case NEW_INCIDENT_CALLBACK:
        return { kind: 'new_incident_submitted', user, values };
      case CONFIRM_DOWNGRADE_CALLBACK:
        return {
          kind: 'confirm_justification_submitted',
          user,
          values,
          confirming: confirmContextOf(parsedObject(payload.view.private_metadata), 'payload.view.private_metadata'),
        };
      case REJECT_NOTICE_CALLBACK:
        return { kind: 'reject_reason_submitted', user, values, rejecting: rejectContextOf(payload.view.private_metadata) };
    }
  }
  if (payload.type === 'block_actions') {
    const [action] = payload.actions ?? [];
    const clicked = { user, noticeId: action?.value ?? '', triggerId: payload.trigger_id ?? '', responseUrl: payload.response_url ?? '' };
    if (action?.action_id === NOTICE_ACTIONS.approve)
      return { kind: 'approve_clicked', ...clicked, ...approveButtonOf(action.value ?? '') };
    if (action?.action_id === NOTICE_ACTIONS.reject) return { kind: 'reject_clicked', ...clicked };
    if (action?.action_id === CONFIRM_DOWNGRADE_ACTION) {
      const confirming = confirmContextOf({ ...parsedObject(action.value), responseUrl: payload.response_url ?? '' }, 'actions.value');
      return { kind: 'confirm_clicked', user, confirming, triggerId: payload.trigger_id ?? '' };
    }
  }
  return { kind: 'ignored' };
}

/** `{"id","version","bodyHash"}`; an older button carried the bare notice id. */
function approveButtonOf(value: string): { noticeId: string; read?: ReadVersion } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return { noticeId: value };
  }
  const { id, version, bodyHash } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  if (typeof id !== 'string') throw DomainError.invalid([{ field: 'actions.value', problem: 'must name the notice the button approves' }]);
  return { noticeId: id, read: typeof version === 'number' && typeof bodyHash === 'string' ? { version, bodyHash } : undefined };
}

/**
 * What a replay is recognised by: Slack's trigger_id (a slash command's field, an interaction's payload field;
 * new for every command, button press and form submission) and an interaction's type. Never throws: a body
 * that is not what Slack sends is refused later, by the handler.
 */
export function slackRequestIdentity(body: Record<string, unknown>): { triggerId: string | null; type: string | null } {
  if (typeof body.trigger_id === 'string' && body.trigger_id) return { triggerId: body.trigger_id, type: null };
  let payload: InteractionPayload;
  try {
    payload = parsePayload(body.payload);
  } catch {
    return { triggerId: null, type: null };
  }
  return {
    triggerId: typeof payload.trigger_id === 'string' && payload.trigger_id ? payload.trigger_id : null,
    type: typeof payload.type === 'string' ? payload.type : null,
  };
}

function parsePayload(payload: unknown): InteractionPayload {
  const parsed = parsedObject(payload);
  if (!parsed) throw DomainError.invalid([{ field: 'payload', problem: 'must be the JSON object Slack sends' }]);
  // The global pipe saw only the JSON text; what it holds goes to the database too.
  const problems = unstorableInput(parsed, 'payload');
  if (problems.length) throw DomainError.invalid(problems);
  return parsed as InteractionPayload;
}

/** The form's private_metadata comes back from Slack as Breach Desk wrote it (rejectReasonModal), or is refused. */
function rejectContextOf(metadata: unknown): RejectContext {
  const { noticeId, responseUrl } = parsedObject(metadata) ?? {};
  if (typeof noticeId === 'string' && UUID.test(noticeId) && typeof responseUrl === 'string') return { noticeId, responseUrl };
  throw DomainError.invalid([
    {
      field: 'payload.view.private_metadata',
      problem: 'must be the JSON Breach Desk put in the form: {"noticeId": "<uuid>", "responseUrl": "…"}',
    },
  ]);
}

function confirmContextOf(fields: Record<string, unknown> | null, field: string): ConfirmContext {
  const { incidentId, version, responseUrl } = fields ?? {};
  if (typeof incidentId === 'string' && UUID.test(incidentId) && Number.isInteger(version) && typeof responseUrl === 'string') {
    return { incidentId, version: version as number, responseUrl };
  }
  throw DomainError.invalid([
    { field, problem: 'must be the JSON Breach Desk put there: {"incidentId": "<uuid>", "version": <number>, …}' },
  ]);
}

function parsedObject(json: unknown): Record<string, unknown> | null {
  try {
    const parsed: unknown = typeof json === 'string' ? JSON.parse(json) : null;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
