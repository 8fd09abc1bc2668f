import { AuditCheckpoint } from '../audit/audit-checkpoint.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { ApiToken } from '../auth/api-token.entity.js';
import { User } from '../auth/user.entity.js';
import { Invitation } from '../auth/invitation.entity.js';
import { RecoveryCode } from '../auth/recovery-code.entity.js';
import { Session } from '../auth/session.entity.js';
import { SignInLockout } from '../auth/sign-in-lockout.entity.js';
import { IncidentNote } from '../incidents/incident-note.entity.js';
import { Incident } from '../incidents/incident.entity.js';
import { OrganisationRow } from '../organisation/organisation.entity.js';
import { Customer } from '../inventory/customer.entity.js';
import { InventorySystem } from '../inventory/system.entity.js';
import { AssessmentRecord } from '../incidents/assessment-record.entity.js';
import { ClockFiling } from '../clocks/clock-filing.entity.js';
import { Clock } from '../clocks/clock.entity.js';
import { EscalationStepRow } from '../notifications/escalation-step.entity.js';
import { OutboxMessage } from '../notifications/outbox-message.entity.js';
import { SlackRequestSeen } from '../slack/slack-request-seen.entity.js';
import { SlackAuditHeadPost } from '../slack/slack-audit-head-post.entity.js';
import { SlackThread } from '../slack/slack-thread.entity.js';
import { Notice } from '../notices/notice.entity.js';
import { NoticeVersion } from '../notices/notice-version.entity.js';

/** Every entity, listed once for the app, the tests and the migration CLI. */
export const ENTITIES = [
  User,
  ApiToken,
  Session,
  Invitation,
  RecoveryCode,
  SignInLockout,
  AuditEntry,
  AuditCheckpoint,
  Incident,
  IncidentNote,
  OrganisationRow,
  Customer,
  InventorySystem,
  AssessmentRecord,
  Clock,
  ClockFiling,
  EscalationStepRow,
  OutboxMessage,
  SlackThread,
  SlackAuditHeadPost,
  Notice,
  NoticeVersion,
  SlackRequestSeen,
];
