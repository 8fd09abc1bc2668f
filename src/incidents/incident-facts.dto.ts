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
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  BREACH_TYPES,
  DATA_CATEGORIES,
  DATA_INSIGHTS,
  ENCRYPTION_LEVELS,
  IDENTIFIABILITY_LEVELS,
  INCIDENT_ROLES,
  RECIPIENTS,
  SUBJECT_CATEGORIES,
  type BreachType,
  type DataCategory,
  type DataInsight,
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

  @ApiPropertyOptional({
    description:
      'evidence (access logs, forensic analysis) shows nobody unauthorised read the exposed data; the only fact that answers an exposure',
  })
  @IsOptional()
  @IsBoolean()
  accessRuledOut?: boolean;

  @ApiPropertyOptional({ minimum: 1, example: 1, description: 'how many known recipients had the data (a letter to one wrong person: 1)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  recipientCount?: number;

  @ApiPropertyOptional({
    description: 'a recipient has a reason to use the data against the people: an estranged partner or relative, a competitor',
  })
  @IsOptional()
  @IsBoolean()
  recipientMayMisuse?: boolean;
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

  @ApiPropertyOptional({
    description: 'evidence (logs, forensic analysis) shows a deliberate attack did not copy the data (EDPB 01/2021 case 01)',
  })
  @IsOptional()
  @IsBoolean()
  exfiltrationRuledOut?: boolean;

  @ApiPropertyOptional({ description: 'people depend on the data being there in time: care, payments, benefits (EDPB 01/2021 case 03)' })
  @IsOptional()
  @IsBoolean()
  peopleDependOnAccess?: boolean;
}

export class IntegrityDto {
  @ApiProperty({ description: 'data was changed or corrupted' })
  @IsBoolean()
  altered: boolean;

  @ApiProperty({ description: 'the original can be restored' })
  @IsBoolean()
  recoverable: boolean;

  @ApiPropertyOptional({ description: 'the original has been restored, not only could be' })
  @IsOptional()
  @IsBoolean()
  restored?: boolean;

  @ApiPropertyOptional({
    description: 'evidence shows nothing was done with the altered data before it was restored (no payment, decision or letter)',
  })
  @IsOptional()
  @IsBoolean()
  misuseRuledOut?: boolean;
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
  @ApiPropertyOptional({
    enum: INCIDENT_ROLES,
    description:
      'required unless systems is given; then, when left out, from the inventory (controller when any touched data set is our own: each data set keeps its role); when stated, only the touched data sets of that role count',
  })
  @ValidateIf(statedOrRequired)
  @IsIn(INCIDENT_ROLES)
  role?: IncidentRole;

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

  @ApiPropertyOptional({
    enum: DATA_CATEGORIES,
    isArray: true,
    example: ['identity', 'contact'],
    description: 'required unless systems is given; then, when left out, the touched data sets’ categories',
  })
  @ValidateIf(statedOrRequired)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(DATA_CATEGORIES, { each: true })
  dataCategories?: DataCategory[];

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

  @ApiPropertyOptional({
    type: 'object',
    properties: Object.fromEntries(DATA_CATEGORIES.map((category) => [category, { type: 'string', enum: [...DATA_INSIGHTS] }])),
    additionalProperties: false,
    example: { financial: 'general' },
    description:
      'per category, how much the data reveal when not what the category usually does (ENISA 2013): none (no substantial insight), general (general assumptions: order values), partial, full (complete: full card data, test results)',
  })
  @IsOptional()
  @IsObject()
  @IsInsightMap()
  dataInsight?: Partial<Record<DataCategory, DataInsight>>;

  @ApiPropertyOptional({
    description: 'disclosure could endanger people’s physical safety: victims of domestic abuse, protected witnesses',
  })
  @IsOptional()
  @IsBoolean()
  safetyAtRisk?: boolean;

  @ApiPropertyOptional({
    description: 'the data suffice to impersonate people or take over their accounts: ID document copies, full card data',
  })
  @IsOptional()
  @IsBoolean()
  enablesFraud?: boolean;

  @ApiPropertyOptional({ description: 'the controller cannot yet tell who is affected, or has no way to reach them (Art. 34(3)(c))' })
  @IsOptional()
  @IsBoolean()
  subjectsUnreachable?: boolean;
}

/** A fact the inventory can supply is checked when stated, and required when no systems are named to supply it. */
function statedOrRequired(dto: { systems?: unknown }, value: unknown): boolean {
  return value !== undefined || dto.systems === undefined || dto.systems === null;
}

/** A map from data categories to how much they reveal; names the first bad key or value. */
function IsInsightMap(): PropertyDecorator {
  return ValidateBy({
    name: 'isInsightMap',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' &&
        value !== null &&
        Object.entries(value).every(
          ([category, insight]) =>
            (DATA_CATEGORIES as readonly string[]).includes(category) && (DATA_INSIGHTS as readonly unknown[]).includes(insight),
        ),
      defaultMessage: () => `$property keys must be data categories and values one of: ${DATA_INSIGHTS.join(', ')}`,
    },
  });
}

/** An instant must say its offset: "10:00" alone is ambiguous by two or three hours in Bucharest. */
export const IsInstant = (): PropertyDecorator => (target, key) => {
  IsISO8601({ strict: true }, { message: '$property must be a valid ISO 8601 date and time' })(target, key);
  Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: '$property must end with a time zone offset, such as Z or +03:00' })(target, key);
};
