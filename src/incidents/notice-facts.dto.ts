// The parts of the intake body that only the notices use (src/risk/notice-facts.ts, docs/notices.md).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { OTHER_AUTHORITIES, type OtherAuthority } from '../risk/notice-facts.js';
import { IsInstant } from './incident-facts.dto.js';

const MAX_TEXT = 20000;

export class FreeTextsDto {
  @ApiPropertyOptional({ maxLength: MAX_TEXT, description: 'what happened, for the authority and controllers' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT)
  description?: string;

  @ApiPropertyOptional({ maxLength: MAX_TEXT, description: 'the measures taken or proposed' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT)
  measures?: string;

  @ApiPropertyOptional({ maxLength: MAX_TEXT, description: 'what happened, in clear and plain language for the people (Art. 34(2))' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT)
  plainLanguageSummary?: string;

  @ApiPropertyOptional({ maxLength: MAX_TEXT, description: 'the data actually affected, in words' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT)
  dataDescription?: string;
}

export class TranslationsDto {
  @ApiPropertyOptional({ type: FreeTextsDto, description: 'the free texts in Romanian' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => FreeTextsDto)
  ro?: FreeTextsDto;

  @ApiPropertyOptional({ type: FreeTextsDto, description: 'the free texts in English' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => FreeTextsDto)
  en?: FreeTextsDto;
}

export class AuthorityReportDto {
  @ApiProperty({
    enum: OTHER_AUTHORITIES,
    description: 'dnsc: the national cybersecurity directorate; police; ancom; other_dpa: another data protection authority',
  })
  @IsIn(OTHER_AUTHORITIES)
  authority: OtherAuthority;

  @ApiPropertyOptional({ maxLength: 200, example: 'DNSC' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: '2026-10-24T14:00:00+03:00' })
  @IsOptional()
  @IsInstant()
  reportedAt?: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'DNSC-2026-1234' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reference?: string;
}

export class ContainmentDto {
  @ApiProperty({ description: 'the breach is stopped: no more data can leave, change or be lost through it' })
  @IsBoolean()
  contained: boolean;

  @ApiPropertyOptional({ example: '2026-10-24T12:00:00+03:00', description: 'since when it is contained' })
  @IsOptional()
  @IsInstant()
  since?: string;
}

export class EmergencyContactDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiProperty({ maxLength: 100, example: '+40 721 000 111' })
  @IsString()
  @Length(1, 100)
  phone: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  email?: string;
}
