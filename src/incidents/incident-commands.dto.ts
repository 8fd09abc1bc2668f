// The bodies of the commands on an existing incident (notes, close, override, clocks). The list's query is in incident-query.dto.ts.
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Length } from 'class-validator';
import { RISK_LEVELS, type RiskLevel } from '../risk/assessment.js';
import type { OverrideInput } from './assessments.service.js';
import { CLOSE_CATEGORIES, type CloseCategory } from './incident.entity.js';
import { IsInstant } from './incident-facts.dto.js';

export class AddNoteDto {
  @ApiProperty({ minLength: 1, maxLength: 20000 })
  @IsString()
  @Length(1, 20000)
  body: string;
}

export class CloseIncidentDto {
  @ApiProperty({ enum: CLOSE_CATEGORIES, description: 'not_a_personal_data_breach still keeps the incident in the register' })
  @IsIn(CLOSE_CATEGORIES)
  category: CloseCategory;

  @ApiProperty({ minLength: 1, maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  reason: string;
}

export class OverrideDecisionDto implements OverrideInput {
  @ApiProperty({ enum: RISK_LEVELS }) @IsIn(RISK_LEVELS) riskLevel: RiskLevel;
  @ApiProperty() @IsBoolean() notifyAuthority: boolean;
  @ApiProperty() @IsBoolean() notifyDataSubjects: boolean;

  @ApiProperty({ minLength: 20, maxLength: 5000, description: 'why the engine’s decision does not fit; goes into the register' })
  @IsString()
  @Length(20, 5000)
  justification: string;
}

export class NotRequiredDto {
  @ApiProperty({ minLength: 10, maxLength: 5000, description: 'why no notice is owed for this clock' })
  @IsString()
  @Length(10, 5000)
  reason: string;
}

export class ConfirmDowngradeDto {
  @ApiProperty({
    minLength: 20,
    maxLength: 5000,
    description: 'why the duty or clock the new assessment drops is no longer owed; goes into the register and the audit',
  })
  @IsString()
  @Length(20, 5000)
  justification: string;
}

export class FilingDto {
  @ApiProperty({ example: '2026-10-24T15:30:00Z', description: 'when the report reached the recipient; not in the future' })
  @IsInstant()
  sentAt: string;

  @ApiProperty({ example: 'DNSC incident-reporting platform', minLength: 1, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  channel: string;

  @ApiProperty({ example: 'DNSC-2026-1234', minLength: 1, maxLength: 500, description: 'the recipient’s registration number or ticket' })
  @IsString()
  @Length(1, 500)
  externalReference: string;
}
