// The names Breach Desk gives its forms, fields and buttons in Slack, and what a form carries from the
// button that opened it to its submission: written by the modals and messages, read back from what Slack sends. Pure.

export const NEW_INCIDENT_CALLBACK = 'breach_new_incident';
export const REJECT_NOTICE_CALLBACK = 'breach_reject_notice';
export const CONFIRM_DOWNGRADE_CALLBACK = 'breach_confirm_downgrade';
/** The button on a pending downgrade; its value is `{"incidentId","version"}`. */
export const CONFIRM_DOWNGRADE_ACTION = 'breach_assessment_confirm';
/** The action ids of the Approve and Reject buttons of an approval request; each button's value is the notice id. */
export const NOTICE_ACTIONS = { approve: 'breach_notice_approve', reject: 'breach_notice_reject' } as const;

/** The new-incident form's blocks, in order; each block id is the intake API's field it answers. */
export const NEW_INCIDENT_FIELDS = ['title', 'systems', 'role', 'breachTypes', 'dataCategories', 'subjectsAffected', 'awareAt'] as const;
export type NewIncidentField = (typeof NEW_INCIDENT_FIELDS)[number];
export const REASON_BLOCK = 'reason';
export const JUSTIFICATION_BLOCK = 'justification';

/** What the reject form carries from the button to its submission. */
export interface RejectContext {
  noticeId: string;
  /** The approval request's response_url, to replace its buttons with the outcome. */
  responseUrl: string;
}

/** Which pending assessment a DPO confirms, and where the outcome goes. */
export interface ConfirmContext {
  incidentId: string;
  version: number;
  responseUrl: string;
}
