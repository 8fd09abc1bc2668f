import { DomainError } from '../common/domain-error.js';
import { errorSentence, refusalSentence } from './slack-sentences.js';

describe('sentences', () => {
  it.each([
    [DomainError.invalid([{ field: 'reason', problem: 'must not be blank' }]), 'That did not work: reason must not be blank.'],
    [DomainError.notFound('incident', 'BR-2026-0099'), 'Incident BR-2026-0099 was not found.'],
    [new DomainError('FORBIDDEN', 'This needs the dpo role.'), 'This needs the dpo role.'],
    [new DomainError('INVALID_TRANSITION', "A notice in state 'sent' cannot be approved."), "A notice in state 'sent' cannot be approved."],
    [new DomainError('NOT_APPROVED', 'Approve it first.'), 'Approve it first.'],
    [new DomainError('CONFLICT', 'Someone else changed it.'), 'Someone else changed it.'],
  ])('says %p as %j', (error, sentence) => {
    expect(errorSentence(error)).toBe(sentence);
  });

  it.each([
    [
      { linked: true, roles: ['reporter' as const] },
      'This needs the dpo role, and your Breach Desk account has reporter. Nothing was changed.',
    ],
    [{ linked: true, roles: [] }, 'This needs the dpo role, and your Breach Desk account has no role. Nothing was changed.'],
    [
      { linked: false, roles: ['reporter' as const] },
      'This needs the dpo role, and your Slack account is not linked to a Breach Desk user. Ask a Breach Desk admin to link your Slack account to your user.',
    ],
    [
      { linked: false, roles: [] },
      'Your Slack account is not linked to a Breach Desk user, and this organisation lets only linked users act from Slack. Ask a Breach Desk admin to link your Slack account to your user.',
    ],
  ])('refuses %p plainly', (caller, sentence) => {
    expect(refusalSentence('dpo', caller)).toBe(sentence);
  });
});
