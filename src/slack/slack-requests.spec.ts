import { DomainError } from '../common/domain-error.js';
import { NOTICE_ACTIONS } from './interaction-ids.js';
import { interactionOf, slackRequestIdentity, slashCommandOf } from './slack-requests.js';

const payload = (value: unknown) => ({ payload: JSON.stringify(value) });
const user = { id: 'U0DPO', username: 'dana', name: 'dana', team_id: 'T0' };

describe('slashCommandOf', () => {
  it('reads the fields Breach Desk uses and ignores the rest', () => {
    const body = {
      token: 'x',
      team_id: 'T0',
      command: '/breach',
      text: 'list',
      user_id: 'U1',
      user_name: 'ana',
      trigger_id: 't',
      response_url: 'https://hooks.slack.com/commands/1',
    };
    expect(slashCommandOf(body)).toEqual({
      text: 'list',
      user: { id: 'U1' },
      triggerId: 't',
      responseUrl: 'https://hooks.slack.com/commands/1',
    });
  });

  it('refuses a command without the user, trigger or response_url', () => {
    expect(() => slashCommandOf({ text: 'list', user_id: 'U1' })).toThrow(
      DomainError.invalid([
        { field: 'trigger_id', problem: 'is missing from the slash command' },
        { field: 'response_url', problem: 'is missing from the slash command' },
      ]),
    );
  });
});

describe('interactionOf', () => {
  it('reads a submitted new-incident form', () => {
    const values = { title: { input: { value: 'Laptop' } } };
    expect(
      interactionOf(payload({ type: 'view_submission', user, view: { callback_id: 'breach_new_incident', state: { values } } })),
    ).toEqual({
      kind: 'new_incident_submitted',
      user: { id: 'U0DPO' },
      values,
    });
  });

  it('reads the Approve button’s version and body hash, and an older button’s bare notice id without them', () => {
    const id = '3f2b8c1e-0000-4000-8000-000000000001';
    const click = (value: string) =>
      interactionOf(payload({ type: 'block_actions', user, actions: [{ action_id: NOTICE_ACTIONS.approve, value }] }));
    expect(click(JSON.stringify({ id, version: 2, bodyHash: 'ab'.repeat(32) }))).toMatchObject({
      noticeId: id,
      read: { version: 2, bodyHash: 'ab'.repeat(32) },
    });
    const older = click(id);
    expect(older).toMatchObject({ kind: 'approve_clicked', noticeId: id });
    expect(older).not.toHaveProperty('read');
  });

  it('reads the confirm-downgrade button and form, and refuses a value that names no incident and version', () => {
    const incidentId = '3f2b8c1e-0000-4000-8000-000000000002';
    const responseUrl = 'https://hooks.slack.com/actions/2';
    const clicked = interactionOf(
      payload({
        type: 'block_actions',
        user,
        trigger_id: 't',
        response_url: responseUrl,
        actions: [{ action_id: 'breach_assessment_confirm', value: JSON.stringify({ incidentId, version: 3 }) }],
      }),
    );
    expect(clicked).toMatchObject({ kind: 'confirm_clicked', triggerId: 't', confirming: { incidentId, version: 3, responseUrl } });
    const metadata = JSON.stringify({ incidentId, version: 3, responseUrl });
    expect(
      interactionOf(
        payload({
          type: 'view_submission',
          user,
          view: { callback_id: 'breach_confirm_downgrade', private_metadata: metadata, state: { values: {} } },
        }),
      ),
    ).toMatchObject({ kind: 'confirm_justification_submitted', confirming: { incidentId, version: 3, responseUrl } });
    expect(() =>
      interactionOf(
        payload({ type: 'block_actions', user, actions: [{ action_id: 'breach_assessment_confirm', value: '{"version":"3"}' }] }),
      ),
    ).toThrow(DomainError);
  });

  it('reads a submitted reject form with the notice and response_url it carries', () => {
    const rejecting = { noticeId: '3f2b8c1e-0000-4000-8000-000000000001', responseUrl: 'https://hooks.slack.com/actions/1' };
    const submitted = interactionOf(
      payload({
        type: 'view_submission',
        user,
        view: { callback_id: 'breach_reject_notice', private_metadata: JSON.stringify(rejecting), state: { values: {} } },
      }),
    );
    expect(submitted).toMatchObject({ kind: 'reject_reason_submitted', rejecting });
  });

  it.each([
    [NOTICE_ACTIONS.approve, 'approve_clicked'],
    [NOTICE_ACTIONS.reject, 'reject_clicked'],
  ])('reads the %s button, its notice and where to answer', (actionId, kind) => {
    const clicked = {
      type: 'block_actions',
      user,
      trigger_id: 't1',
      response_url: 'https://hooks.slack.com/actions/2',
      actions: [{ action_id: actionId, value: 'n-2' }],
    };
    expect(interactionOf(payload(clicked))).toEqual({
      kind,
      user: { id: 'U0DPO' },
      noticeId: 'n-2',
      triggerId: 't1',
      responseUrl: 'https://hooks.slack.com/actions/2',
    });
  });

  it.each([
    ['a link button', { type: 'block_actions', user, actions: [{ action_id: 'open_document' }] }],
    ['a closed form', { type: 'view_closed', user, view: { callback_id: 'breach_new_incident' } }],
    ['another app’s form', { type: 'view_submission', user, view: { callback_id: 'other', state: { values: {} } } }],
  ])('ignores %s', (_, body) => {
    expect(interactionOf(payload(body))).toEqual({ kind: 'ignored' });
  });

  it.each([
    ['no payload', {}],
    ['a payload that is not JSON', { payload: '{nope' }],
    ['a payload that is not an object', { payload: '"text"' }],
    ['a payload without a user', payload({ type: 'block_actions' })],
  ])('refuses %s as invalid input', (_, body) => {
    expect(() => interactionOf(body)).toThrow(DomainError);
  });

  const rejectForm = (privateMetadata: unknown) =>
    payload({
      type: 'view_submission',
      user,
      view: { callback_id: 'breach_reject_notice', private_metadata: privateMetadata, state: { values: {} } },
    });

  it.each([
    ['not JSON', 'not json'],
    ['missing', undefined],
    ['a list', '[]'],
    ['without a notice id', JSON.stringify({ responseUrl: 'https://hooks.slack.com/actions/1' })],
    ['with a notice id that is not a UUID', JSON.stringify({ noticeId: "1' OR '1'='1", responseUrl: 'https://hooks.slack.com/actions/1' })],
    ['without a response_url', JSON.stringify({ noticeId: '3f2b8c1e-0000-4000-8000-000000000001' })],
  ])('refuses a reject form whose private_metadata is %s, naming the field', (_, privateMetadata) => {
    expect(() => interactionOf(rejectForm(privateMetadata))).toThrow(
      /^payload\.view\.private_metadata must be the JSON Breach Desk put in the form/,
    );
  });

  it('refuses what the database cannot store anywhere in the payload, naming its path', () => {
    const values = { title: { input: { value: 'Laptop \ud800' } }, description: { input: { value: 'a\u0000b' } } };
    expect(() =>
      interactionOf(payload({ type: 'view_submission', user, view: { callback_id: 'breach_new_incident', state: { values } } })),
    ).toThrow(
      DomainError.invalid([
        { field: 'payload.view.state.values.title.input.value', problem: 'must not contain a lone surrogate (\\ud800)' },
        { field: 'payload.view.state.values.description.input.value', problem: 'must not contain NUL (\\u0000) characters' },
      ]),
    );
  });
});

describe('slackRequestIdentity', () => {
  it('reads the trigger_id of a slash command and of an interaction, with the interaction’s type', () => {
    expect(slackRequestIdentity({ command: '/breach', trigger_id: 't.1' })).toEqual({ triggerId: 't.1', type: null });
    expect(slackRequestIdentity(payload({ type: 'view_submission', user, trigger_id: 't.2' }))).toEqual({
      triggerId: 't.2',
      type: 'view_submission',
    });
  });

  it.each([
    ['no fields', {}],
    ['a payload that is not JSON', { payload: '{nope' }],
    ['a payload without a trigger_id', payload({ type: 'block_actions', user })],
  ])('finds no trigger_id in %s, without throwing', (_, body) => {
    expect(slackRequestIdentity(body).triggerId).toBeNull();
  });
});
