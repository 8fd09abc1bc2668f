import type { ApprovalRequestMessage } from '../notifications/escalation-message.js';
import { renderApprovalRequest } from './approval-blocks.js';

function anApprovalRequest(notice: Partial<ApprovalRequestMessage['notice']>): ApprovalRequestMessage {
  return {
    type: 'approval_request',
    incident: { id: 'i-1', reference: 'BR-2026-0001', title: 'Call recordings bucket exposed', awareAt: '2026-12-01T08:00:00.000Z' },
    notice: { id: 'n-1', kind: 'authority', language: 'ro', version: 2, bodyHash: 'a'.repeat(64), late: true, ...notice },
    submittedBy: 'Ana Popescu',
    mentions: [],
    documentLink: 'https://desk.example/incidents/i-1/notices/n-1',
  };
}

const lateLine = (message: ApprovalRequestMessage): string =>
  JSON.stringify(renderApprovalRequest(message).blocks.filter((block) => JSON.stringify(block).includes('Late:')));

describe('the approval request names the deadline a late notice missed', () => {
  it('72 hours from awareness for a GDPR notification (Art. 33(1))', () => {
    expect(lateLine(anApprovalRequest({ clockKey: 'gdpr_art33' }))).toContain('more than 72 hours after awareness');
  });

  it("24 hours for an e-communications provider's initial notification, not 72 (Reg. 611/2013 Art. 2(2))", () => {
    const line = lateLine(anApprovalRequest({ clockKey: 'eprivacy_initial' }));
    expect(line).toContain('more than 24 hours');
    expect(line).not.toContain('72 hours');
  });

  it('3 days from the initial notification for its second phase (Art. 2(3))', () => {
    expect(lateLine(anApprovalRequest({ clockKey: 'eprivacy_second_phase' }))).toContain('more than 3 days after the initial notification');
  });

  it('no number it cannot vouch for in a message queued before clock keys were carried', () => {
    const line = lateLine(anApprovalRequest({ clockKey: undefined }));
    expect(line).toContain('after the deadline of the clock it meets');
    expect(line).not.toMatch(/\d+ hours/);
  });

  it('no warning for a notice on time', () => {
    expect(lateLine(anApprovalRequest({ late: false, clockKey: 'eprivacy_initial' }))).toBe('[]');
  });
});
