import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, Max, Min, ValidateNested } from 'class-validator';
import { StepUpDto } from '../auth/sign-in.dto.js';
import { IsInstant } from '../incidents/incident-facts.dto.js';
import { NOTICE_STATES, type NoticeState } from './lifecycle/index.js';
import { DOCUMENT_FORMATS, type DocumentFormat } from './notice-document.js';
import type { NoticeVersion } from './notice-version.entity.js';
import type { NoticeResult } from './notices.service.js';
import { NOTICE_KINDS, NOTICE_LANGUAGES, type NoticeKind, type NoticeLanguage } from './render/index.js';

const NOT_BLANK = /\S/;
export const MAX_BODY = 100_000;
const MAX_TEXT = 20_000;

export class SignatoryDto {
  @ApiProperty({ maxLength: 200, example: 'Andrei Ionescu' })
  @IsString()
  @MaxLength(200)
  @Matches(NOT_BLANK, { message: '$property must not be blank' })
  name: string;

  @ApiProperty({ maxLength: 200, example: 'Administrator' })
  @IsString()
  @MaxLength(200)
  @Matches(NOT_BLANK, { message: '$property must not be blank' })
  position: string;
}

export class CreateNoticeDto {
  @ApiProperty({
    enum: NOTICE_KINDS,
    description: 'authority: Art. 33 to ANSPDCP; data_subjects: Art. 34 letter; controller: a processor’s Art. 33(2) notice',
  })
  @IsIn(NOTICE_KINDS)
  kind: NoticeKind;

  @ApiProperty({ enum: NOTICE_LANGUAGES })
  @IsIn(NOTICE_LANGUAGES)
  language: NoticeLanguage;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'authority only: a sent authority notice of the same incident this one completes (Art. 33(4))',
  })
  @IsOptional()
  @IsUUID()
  supplementTo?: string;

  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'controller only: which of the incident’s affectedControllers is addressed' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(999)
  controllerIndex?: number;

  @ApiPropertyOptional({ type: SignatoryDto, description: 'who signs an authority notice (name, position); the DPO when absent' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SignatoryDto)
  signatory?: SignatoryDto;
}

export class UpdateNoticeDto {
  @ApiPropertyOptional({ maxLength: MAX_BODY, description: 'the whole Markdown body; any edit needs a fresh approval' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY)
  @Matches(NOT_BLANK, { message: '$property must not be blank' })
  body?: string;

  @ApiPropertyOptional({
    maxLength: MAX_TEXT,
    description:
      'authority only: why the notice comes after the deadline of the clock it meets (72 hours from awareness, Art. 33(1); 24 hours for a provider’s initial notification, Reg. 611/2013 Art. 2(2)); written into the body',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT)
  @Matches(NOT_BLANK, { message: '$property must not be blank' })
  reasonsForDelay?: string;
}

export class RejectNoticeDto extends StepUpDto {
  @ApiProperty({ minLength: 1, maxLength: MAX_TEXT, description: 'what has to change before approval' })
  @IsString()
  @MaxLength(MAX_TEXT)
  @Matches(NOT_BLANK, { message: '$property must not be blank' })
  reason: string;
}

export class ApproveNoticeDto extends StepUpDto {
  @ApiProperty({ minimum: 1, example: 2, description: 'the version of the body the DPO read (the notice’s `version`)' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'the SHA-256 of the body the DPO read (the notice’s `bodyHash`)' })
  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: '$property must be the notice’s bodyHash: 64 lowercase hex characters' })
  bodyHash: string;

  @ApiPropertyOptional({
    maxLength: MAX_TEXT,
    description:
      'only when the organisation allows single-person approval (`singlePersonApproval.allowed`) and the approver drafted or last edited this version: why no second person approves it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT)
  @Matches(NOT_BLANK, { message: '$property must not be blank' })
  singlePersonReason?: string;
}

export class MarkSentDto {
  @ApiProperty({
    example: '2026-10-26T15:30:00+02:00',
    description: 'when the notice went out; not in the future, not before the approval',
  })
  @IsInstant()
  sentAt: string;

  @ApiProperty({ maxLength: 200, example: 'ANSPDCP online form', description: 'how it was sent' })
  @IsString()
  @MaxLength(200)
  @Matches(NOT_BLANK, { message: '$property must not be blank' })
  channel: string;

  @ApiProperty({
    maxLength: 200,
    example: 'ANSPDCP 12345/2026',
    description: 'the recipient’s reference, e.g. the registration number ANSPDCP gave the notification',
  })
  @IsString()
  @MaxLength(200)
  @Matches(NOT_BLANK, { message: '$property must not be blank' })
  externalReference: string;

  @ApiPropertyOptional({
    minimum: 0,
    example: 11900,
    description: 'a letter to the people only: how many it reached; later authority drafts say it (ANSPDCP form, section 2)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000_000)
  recipientCount?: number;
}

export class NoticeDocumentQuery {
  @ApiPropertyOptional({ enum: DOCUMENT_FORMATS, default: 'md' })
  @IsOptional()
  @IsIn(DOCUMENT_FORMATS)
  format?: DocumentFormat;
}

export class NoticeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) incidentId: string;
  @ApiProperty({ enum: NOTICE_KINDS }) kind: NoticeKind;
  @ApiProperty({ enum: NOTICE_LANGUAGES }) language: NoticeLanguage;
  @ApiProperty({ enum: NOTICE_STATES }) state: NoticeState;
  @ApiProperty({ description: 'version of the body; every edit adds one' }) version: number;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Markdown' }) body: string;
  @ApiProperty({ description: 'SHA-256 (hex) of the body as UTF-8' }) bodyHash: string;
  @ApiProperty({ type: String, nullable: true }) reasonsForDelay: string | null;
  @ApiProperty({
    description: 'an authority notice made (or sent) after the deadline of the clock it meets (clockKey): it needs reasonsForDelay',
  })
  late: boolean;
  @ApiProperty({ example: 'gdpr_art33', description: 'the clock this notice meets once sent' }) clockKey: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the authority notice this one completes (Art. 33(4))' })
  supplementTo: string | null;
  @ApiProperty({ type: Number, nullable: true }) approvedVersion: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of the approved body' }) approvedHash: string | null;
  @ApiProperty({ type: String, nullable: true }) approvedBy: string | null;
  @ApiProperty({ type: Date, nullable: true }) approvedAt: Date | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'set when the approver wrote the text themselves (single-person approval): their reason',
  })
  approvedSinglePersonReason: string | null;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description:
      'set with an approval: true when confirmed in the console with a second factor (TOTP or recovery code); false for an API token or Slack',
  })
  approvedWithSecondFactor: boolean | null;
  @ApiProperty({ type: String, nullable: true }) rejectedReason: string | null;
  @ApiProperty({ type: Date, nullable: true }) sentAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) channel: string | null;
  @ApiProperty({ type: String, nullable: true }) externalReference: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'a sent letter to the people: how many it reached' }) recipientCount:
    | number
    | null;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class NoticeVersionView {
  @ApiProperty() version: number;
  @ApiProperty({ description: 'Markdown' }) body: string;
  @ApiProperty() bodyHash: string;
  @ApiProperty({ type: String, nullable: true }) reasonsForDelay: string | null;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: Date;
}

/** The calling DPO and the version up for approval: the four-eyes rule as the approval will apply it. */
export class NoticeAuthorshipView {
  @ApiProperty({ description: 'the notice’s current version, the one this answer is about' }) version: number;
  @ApiProperty({ description: 'the caller drafted the notice or wrote this version: four eyes, another DPO approves it' })
  approverWroteIt: boolean;
  @ApiProperty({
    description:
      'only when approverWroteIt: the organisation allows single-person approval, so the caller may approve with a singlePersonReason',
  })
  singlePersonAllowed: boolean;
}

/** Every column of a notice is public but the snapshots it was drafted from; `late` is worked out when it is read. */
export function noticeView({ notice, late }: NoticeResult): NoticeView {
  const { organisationSnapshot: _organisation, factsSnapshot: _facts, ...columns } = notice;
  return { ...columns, late };
}

export function noticeVersionView({ version, body, bodyHash, reasonsForDelay, createdBy, createdAt }: NoticeVersion): NoticeVersionView {
  return { version, body, bodyHash, reasonsForDelay, createdBy, createdAt };
}
