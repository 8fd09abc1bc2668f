import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  BREACH_TYPES,
  DATA_CATEGORIES,
  ENCRYPTION_LEVELS,
  IDENTIFIABILITY_LEVELS,
  INCIDENT_ROLES,
  RECIPIENTS,
  SUBJECT_CATEGORIES,
  type BreachType,
  type DataCategory,
  type EncryptionLevel,
  type Identifiability,
  type IncidentRole,
  type Recipients,
  type SubjectCategory,
} from '../risk/facts.js';

export class ConfidentialityDto {
  @ApiProperty({ enum: RECIPIENTS, description: 'who may have the data' })
  @IsIn(RECIPIENTS)
  recipients: Recipients;

  @ApiProperty({ description: 'the recipient returned the data or provably deleted it' })
  @IsBoolean()
  dataRetrieved: boolean;
}

export class AvailabilityDto {
  @ApiProperty({ minimum: 0, example: 4 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000)
  outageHours: number;

  @ApiProperty({ description: 'a usable backup or copy exists' })
  @IsBoolean()
  restorable: boolean;

  @ApiProperty()
  @IsBoolean()
  permanentLoss: boolean;
}

export class IntegrityDto {
  @ApiProperty({ description: 'data was changed or corrupted' })
  @IsBoolean()
  altered: boolean;

  @ApiProperty({ description: 'the original can be restored' })
  @IsBoolean()
  recoverable: boolean;
}

export class EncryptionDto {
  @ApiProperty({ enum: ENCRYPTION_LEVELS, description: 'strong: state-of-the-art encryption, or salted slow hashing for secrets' })
  @IsIn(ENCRYPTION_LEVELS)
  level: EncryptionLevel;

  @ApiProperty()
  @IsBoolean()
  keyCompromised: boolean;
}

export class MitigationDto {
  @ApiPropertyOptional({ description: 'measures taken or proposed (Art. 33(3)(d))', maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  measures?: string;

  @ApiPropertyOptional({ description: 'Art. 34(3)(b): measures taken make the high risk no longer likely' })
  @IsOptional()
  @IsBoolean()
  highRiskNoLongerLikely?: boolean;
}

export class CrossBorderDto {
  @ApiProperty({ example: ['HU', 'BG'], description: 'ISO 3166 alpha-2 codes of the member states with affected people' })
  @IsArray()
  @ArrayMaxSize(40)
  @ArrayUnique()
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'each value in memberStates must be an ISO 3166 alpha-2 code such as HU' })
  memberStates: string[];
}

/** The risk-relevant facts: shared by intake and the what-if assessment. */
export class RiskFactsDto {
  @ApiProperty({ enum: INCIDENT_ROLES })
  @IsIn(INCIDENT_ROLES)
  role: IncidentRole;

  @ApiProperty({ enum: BREACH_TYPES, isArray: true, example: ['confidentiality'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(BREACH_TYPES, { each: true })
  breachTypes: BreachType[];

  @ApiPropertyOptional({ description: 'caused deliberately (attack, theft, insider)' })
  @IsOptional()
  @IsBoolean()
  malicious?: boolean;

  @ApiProperty({ enum: DATA_CATEGORIES, isArray: true, example: ['identity', 'contact'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(DATA_CATEGORIES, { each: true })
  dataCategories: DataCategory[];

  @ApiPropertyOptional({ enum: SUBJECT_CATEGORIES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(SUBJECT_CATEGORIES, { each: true })
  subjectCategories?: SubjectCategory[];

  @ApiPropertyOptional({ minimum: 0, description: 'approximate number of people' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000_000)
  subjectsAffected?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'approximate number of records' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  recordsAffected?: number;

  @ApiPropertyOptional({ enum: IDENTIFIABILITY_LEVELS, description: 'when absent, inferred from the categories' })
  @IsOptional()
  @IsIn(IDENTIFIABILITY_LEVELS)
  identifiability?: Identifiability;

  @ApiPropertyOptional({ type: ConfidentialityDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConfidentialityDto)
  confidentiality?: ConfidentialityDto;

  @ApiPropertyOptional({ type: AvailabilityDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AvailabilityDto)
  availability?: AvailabilityDto;

  @ApiPropertyOptional({ type: IntegrityDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => IntegrityDto)
  integrity?: IntegrityDto;

  @ApiPropertyOptional({ type: EncryptionDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EncryptionDto)
  encryption?: EncryptionDto;

  @ApiPropertyOptional({ type: MitigationDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MitigationDto)
  mitigation?: MitigationDto;

  @ApiPropertyOptional({ description: 'Art. 34(3)(c): people cannot be reached one by one' })
  @IsOptional()
  @IsBoolean()
  disproportionateEffort?: boolean;

  @ApiPropertyOptional({ type: CrossBorderDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CrossBorderDto)
  crossBorder?: CrossBorderDto;

  @ApiPropertyOptional({ description: 'the controller’s identity itself reveals something about the people (a clinic, a union)' })
  @IsOptional()
  @IsBoolean()
  controllerRevealsSensitiveContext?: boolean;
}

/** An instant must say its offset: "10:00" alone is ambiguous by two or three hours in Bucharest. */
export const IsInstant = (): PropertyDecorator => (target, key) => {
  IsISO8601({ strict: true }, { message: '$property must be a valid ISO 8601 date and time' })(target, key);
  Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: '$property must end with a time zone offset, such as Z or +03:00' })(target, key);
};
