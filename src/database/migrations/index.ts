import { Foundation1764000000000 } from './1764000000000-foundation.js';
import { Organisation1764000000001 } from './1764000000001-organisation.js';
import { RiskClocksEscalation1764000000002 } from './1764000000002-risk-clocks-escalation.js';
import { Notices1764000000003 } from './1764000000003-notices.js';
import { AuditChainHead1764000000004 } from './1764000000004-audit-chain-head.js';
import { IncidentDependantsDeferred1764000000005 } from './1764000000005-incident-dependants-deferred.js';
import { WakeNotifications1764000000006 } from './1764000000006-wake-notifications.js';
import { ClockFilings1764000000040 } from './1764000000040-clock-filings.js';
import { NoticeSnapshots1764000000050 } from './1764000000050-notice-snapshots.js';
import { NoticeKinds1764000000051 } from './1764000000051-notice-kinds.js';
import { ApprovalIntegrity1764000000060 } from './1764000000060-approval-integrity.js';
import { UserDeactivationSlackReplay1764000000070 } from './1764000000070-user-deactivation-slack-replay.js';
import { LeastPrivilegeRuntimeRole1764000000090 } from './1764000000090-least-privilege-runtime-role.js';
import { AuditCheckpoints1764000000091 } from './1764000000091-audit-checkpoints.js';
import { SlackAuditHeadPosts1764000000092 } from './1764000000092-slack-audit-head-posts.js';
import { ConsoleSignIn1764000000100 } from './1764000000100-console-sign-in.js';
import { IncidentReadIndexes1764000000120 } from './1764000000120-incident-read-indexes.js';
import { EscalationStepClockKey1764000000130 } from './1764000000130-escalation-step-clock-key.js';
import { AuditAppend1764000000140 } from './1764000000140-audit-append.js';
import { IncidentListCoveringIndexes1764000000150 } from './1764000000150-incident-list-covering-indexes.js';
import { IncidentAcknowledgement1764000000160 } from './1764000000160-incident-acknowledgement.js';
import { Inventory1764000000170 } from './1764000000170-inventory.js';
import { OrganisationSettingsGuard1764000000200 } from './1764000000200-organisation-settings-guard.js';
import { SignInLockouts1764000000240 } from './1764000000240-sign-in-lockouts.js';
import { DropRedundantStepClockIndex1764000000250 } from './1764000000250-drop-redundant-step-clock-index.js';
import { TrigramIndexesSmallPendingList1764000000260 } from './1764000000260-trigram-indexes-small-pending-list.js';
import { AuditAppendFromHashedText1764000000270 } from './1764000000270-audit-append-from-hashed-text.js';

/** In order. A new migration is added here as well as written in this folder. */
export const MIGRATIONS = [
  Foundation1764000000000,
  Organisation1764000000001,
  RiskClocksEscalation1764000000002,
  Notices1764000000003,
  AuditChainHead1764000000004,
  IncidentDependantsDeferred1764000000005,
  WakeNotifications1764000000006,
  ClockFilings1764000000040,
  NoticeSnapshots1764000000050,
  NoticeKinds1764000000051,
  ApprovalIntegrity1764000000060,
  UserDeactivationSlackReplay1764000000070,
  LeastPrivilegeRuntimeRole1764000000090,
  AuditCheckpoints1764000000091,
  SlackAuditHeadPosts1764000000092,
  ConsoleSignIn1764000000100,
  IncidentReadIndexes1764000000120,
  EscalationStepClockKey1764000000130,
  AuditAppend1764000000140,
  IncidentListCoveringIndexes1764000000150,
  IncidentAcknowledgement1764000000160,
  Inventory1764000000170,
  OrganisationSettingsGuard1764000000200,
  SignInLockouts1764000000240,
  DropRedundantStepClockIndex1764000000250,
  TrigramIndexesSmallPendingList1764000000260,
  AuditAppendFromHashedText1764000000270,
];
