// OpenAPI descriptions of Slack's side of /slack/*: Slack's own wire format, so Block Kit stays a free-form
// object (Slack defines it) while the fields Breach Desk reads or writes are named.
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface.js';

const blockKit: SchemaObject = { type: 'object', additionalProperties: true, description: 'a Block Kit object, as Slack defines it' };

/** A slash command as Slack posts it; Slack sends more fields than these, which are ignored. */
export const SLASH_COMMAND_FORM: SchemaObject = {
  type: 'object',
  additionalProperties: true,
  required: ['user_id', 'trigger_id', 'response_url'],
  properties: {
    command: { type: 'string', example: '/breach' },
    text: { type: 'string', example: 'status BR-2026-0001' },
    user_id: { type: 'string', example: 'U012AB3CD' },
    user_name: { type: 'string' },
    trigger_id: { type: 'string' },
    response_url: { type: 'string', format: 'uri' },
  },
};

/** An interaction: Slack sends its JSON as the form field `payload`. */
export const INTERACTION_FORM: SchemaObject = {
  type: 'object',
  required: ['payload'],
  properties: { payload: { type: 'string', description: 'the interaction as JSON (view_submission or block_actions)' } },
};

export const SLASH_COMMAND_ANSWER: SchemaObject = {
  type: 'object',
  description: 'empty when the answer is a form opened in Slack',
  required: ['text'],
  properties: {
    response_type: { type: 'string', enum: ['ephemeral', 'in_channel'] },
    replace_original: { type: 'boolean' },
    text: { type: 'string' },
    blocks: { type: 'array', items: blockKit },
  },
};

export const INTERACTION_ANSWER: SchemaObject = {
  type: 'object',
  description: 'a form’s answer (update, errors by block id, or clear); empty for a button, whose outcome goes to its response_url',
  required: ['response_action'],
  properties: {
    response_action: { type: 'string', enum: ['update', 'errors', 'clear'] },
    view: blockKit,
    errors: { type: 'object', additionalProperties: { type: 'string' } },
  },
};
