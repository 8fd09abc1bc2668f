import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SECTORS, type Sector } from '../risk/facts.js';

export class DpoContactDto {
  @ApiProperty({ example: 'Ioana Popescu' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ example: 'dpo@example.ro' }) @IsEmail() email: string;
  @ApiProperty({ example: '+40 721 000 000' }) @IsString() @Length(3, 50) phone: string;
  @ApiProperty({ example: 'Str. Exemplu 1, București', description: 'the DPO’s postal address (ANSPDCP notification form, item 2)' })
  @IsString()
  @Length(1, 500)
  address: string;
}

export class EscalationContactDto {
  @ApiProperty({ example: 'Chief Information Security Officer' }) @IsString() @Length(1, 200) name: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() email?: string;
  @ApiPropertyOptional({ example: 'U012AB3CD' })
  @IsOptional()
  @Matches(/^[UW][A-Z0-9]{2,}$/, { message: 'slackUserId must be a Slack user id such as U012AB3CD' })
  slackUserId?: string;
}

/** A year: no clock runs longer, and an alert time further off is not a date PostgreSQL (or Date) can hold. */
const MAX_HOURS = 24 * 366;

export class EscalationSettingsDto {
  @ApiProperty({
    example: [48, 24, 12, 6, 2],
    description: 'reminders when this many hours remain',
    type: Number,
    isArray: true,
    maximum: MAX_HOURS,
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true })
  @Max(MAX_HOURS, { each: true })
  reminderHoursLeft: number[];

  @ApiProperty({ example: 6, maximum: MAX_HOURS, description: 'after the deadline, an overdue alert every this many hours' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Max(MAX_HOURS)
  overdueRepeatHours: number;

  @ApiProperty({ example: 12, maximum: MAX_HOURS, description: 'alerts at or below this many hours left also mention the DPO' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Max(MAX_HOURS)
  dpoFromHoursLeft: number;

  @ApiProperty({
    example: 2,
    maximum: MAX_HOURS,
    description: 'alerts at or below this many hours left, and overdue ones, also mention the escalation contacts',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Max(MAX_HOURS)
  contactsFromHoursLeft: number;

  @ApiPropertyOptional({
    default: true,
    description: 'the alert when an incident is logged mentions the DPO, whatever the time left (GDPR Art. 38(1)); absent means true',
  })
  @IsOptional()
  @IsBoolean()
  dpoOnLogging?: boolean;

  @ApiProperty({ type: EscalationContactDto, isArray: true })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EscalationContactDto)
  contacts: EscalationContactDto[];
}

export class SinglePersonApprovalDto {
  @ApiProperty({
    default: false,
    description: 'the author of a notice may approve it alone (a very small company); each such approval needs a reason',
  })
  @IsBoolean()
  allowed: boolean;
}

export class OrganisationDto {
  @ApiProperty({ example: 'Exemplu Telecom SRL' }) @IsString() @Length(1, 300) name: string;
  @ApiProperty({ enum: ['public', 'private'] }) @IsIn(['public', 'private']) sector: 'public' | 'private';
  @ApiProperty({ example: 'RO12345678', description: 'CUI' })
  @Matches(/^(RO)?\d{2,10}$/, { message: 'registrationCode must be a CUI such as RO12345678' })
  registrationCode: string;
  @ApiProperty({ example: 'Str. Exemplu 1, București' }) @IsString() @Length(1, 500) address: string;
  @ApiProperty({ type: DpoContactDto }) @IsObject() @ValidateNested() @Type(() => DpoContactDto) dpo: DpoContactDto;

  @ApiProperty({ enum: SECTORS, isArray: true, description: 'regimes whose clocks apply by default' })
  @IsArray()
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors: Sector[];

  @ApiProperty({ type: EscalationSettingsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => EscalationSettingsDto)
  escalation: EscalationSettingsDto;

  @ApiProperty({ example: 72, description: 'Art. 34 target in hours from the high-risk finding' })
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  dataSubjectsHours: number;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Art. 56 lead authority for cross-border breaches' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  leadAuthority: string | null;

  @ApiProperty({ description: 'Slack users not linked to a Breach Desk user may read and log incidents as reporters' })
  @IsBoolean()
  allowUnlinkedSlackReporters: boolean;

  @ApiPropertyOptional({
    type: SinglePersonApprovalDto,
    description: 'four eyes: absent or allowed=false, nobody approves a notice they wrote',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SinglePersonApprovalDto)
  singlePersonApproval?: SinglePersonApprovalDto;
}

// The settings the contract does not name: a PUT may leave them out, and they keep their current values.
const NOT_IN_CONTRACT = ['sector', 'dataSubjectsHours', 'leadAuthority', 'allowUnlinkedSlackReporters'] as const;
// skipNullProperties false: an optional field sent as null is still validated (only leadAuthority accepts null).
const SENT_FIELDS_CHECKED = { skipNullProperties: false };

/** In a PUT the DPO's name, email and phone are required; an address not sent keeps its current value. */
export class DpoContactPutDto extends IntersectionType(
  OmitType(DpoContactDto, ['address']),
  PartialType(PickType(DpoContactDto, ['address']), SENT_FIELDS_CHECKED),
) {}

/** PUT: the contract's fields (name, registrationCode, address, dpo, sectors, escalation); the rest optional. */
export class PutOrganisationDto extends IntersectionType(
  OmitType(OrganisationDto, [...NOT_IN_CONTRACT, 'dpo']),
  PartialType(PickType(OrganisationDto, NOT_IN_CONTRACT), SENT_FIELDS_CHECKED),
) {
  @ApiProperty({ type: DpoContactPutDto }) @IsObject() @ValidateNested() @Type(() => DpoContactPutDto) dpo: DpoContactPutDto;
}

export class DpoContactPatchDto extends PartialType(DpoContactDto, SENT_FIELDS_CHECKED) {}
export class EscalationSettingsPatchDto extends PartialType(EscalationSettingsDto, SENT_FIELDS_CHECKED) {}

/** PATCH: any subset; `dpo` and `escalation` merge field by field, arrays are replaced whole. */
export class PatchOrganisationDto extends PartialType(OmitType(OrganisationDto, ['dpo', 'escalation']), SENT_FIELDS_CHECKED) {
  @ApiPropertyOptional({ type: DpoContactPatchDto })
  @ValidateIf((body: PatchOrganisationDto) => body.dpo !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => DpoContactPatchDto)
  dpo?: DpoContactPatchDto;

  @ApiPropertyOptional({ type: EscalationSettingsPatchDto })
  @ValidateIf((body: PatchOrganisationDto) => body.escalation !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => EscalationSettingsPatchDto)
  escalation?: EscalationSettingsPatchDto;
}
