import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
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
  BREACH_REGIMES,
  DATA_CATEGORIES,
  SECTORS,
  SUBJECT_CATEGORIES,
  type BreachRegime,
  type DataCategory,
  type Sector,
  type SubjectCategory,
} from '../risk/facts.js';
import {
  DATA_OUTCOMES,
  FINANCIAL_DATA_KINDS,
  SUBJECT_INFORMERS,
  TEXT_LANGUAGES,
  type DataOutcome,
  type FinancialDataKind,
  type SubjectInformer,
  type TextLanguage,
} from '../risk/notice-facts.js';
import { IsInstant, RiskFactsDto } from './incident-facts.dto.js';
import { AuthorityReportDto, ContainmentDto, EmergencyContactDto, TranslationsDto } from './notice-facts.dto.js';

export class AffectedControllerDto {
  @ApiProperty({ example: 'Client SRL' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'dpo@client.ro' })
  @IsString()
  @Length(1, 500)
  contact: string;

  @ApiPropertyOptional({ default: 24, description: 'contractual window to warn this controller, hours from awareness' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  noticeHours?: number;

  @ApiPropertyOptional({
    minimum: 0,
    description: 'people of THIS controller affected (its Art. 33(3)(a)); the warning shows a blank, not the incident total, when absent',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000_000)
  subjectsAffected?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'records of THIS controller affected' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  recordsAffected?: number;

  @ApiPropertyOptional({ enum: SUBJECT_CATEGORIES, isArray: true, description: 'categories of this controller’s people' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(SUBJECT_CATEGORIES, { each: true })
  subjectCategories?: SubjectCategory[];

  @ApiPropertyOptional({
    enum: DATA_CATEGORIES,
    isArray: true,
    description: 'this controller’s data affected, when not all of the incident’s',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(DATA_CATEGORIES, { each: true })
  dataCategories?: DataCategory[];

  @ApiPropertyOptional({
    example: ['RO', 'HU'],
    description: 'ISO 3166 alpha-2 codes of the member states of this controller’s affected people',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @ArrayUnique()
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'each value in memberStates must be an ISO 3166 alpha-2 code such as HU' })
  memberStates?: string[];
}

export class Nis2ClassificationDto {
  @ApiProperty({ description: 'a significant incident under NIS2 Art. 23(3): its clocks start; false: none run' })
  @IsBoolean()
  significant: boolean;

  @ApiProperty({
    example: '2026-10-24T12:00:00Z',
    description: 'when the entity became aware the incident is significant; not in the future',
  })
  @IsInstant()
  classifiedAt: string;
}

export class DoraClassificationDto {
  @ApiProperty({ description: 'a major ICT-related incident under DORA Art. 18: its clocks start; false: none run' })
  @IsBoolean()
  major: boolean;

  @ApiProperty({
    example: '2026-10-24T12:00:00Z',
    description: 'when it was classified as major; the initial notification is due 4 h later, 24 h after awareAt at the latest',
  })
  @IsInstant()
  classifiedAt: string;
}

export class CreateIncidentDto extends RiskFactsDto {
  @ApiPropertyOptional({
    type: String,
    isArray: true,
    example: ['call-recordings'],
    description:
      'slugs of the inventory’s systems the breach touched: role, dataCategories, subjectCategories, subjectsAffected, recordsAffected, encryption, regime and affectedControllers then come from their data sets unless stated (what is stated wins); the incident keeps the data sets (dataSets) and where each fact came from (factSources)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  systems?: string[];

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Call recordings bucket exposed' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional({ maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({
    description: 'when the organisation became aware; starts the clocks; default now; not in the future',
    example: '2026-10-24T10:00:00+03:00',
  })
  @IsOptional()
  @IsInstant()
  awareAt?: string;

  @ApiPropertyOptional({ example: '2026-10-23T22:15:00Z' })
  @IsOptional()
  @IsInstant()
  occurredAt?: string;

  @ApiPropertyOptional({ example: '2026-10-24T06:40:00Z' })
  @IsOptional()
  @IsInstant()
  detectedAt?: string;

  @ApiPropertyOptional({ type: AffectedControllerDto, isArray: true, description: 'when role is processor: each customer to warn' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AffectedControllerDto)
  affectedControllers?: AffectedControllerDto[];

  @ApiPropertyOptional({
    enum: TEXT_LANGUAGES,
    description:
      'the language description, mitigation.measures, plainLanguageSummary and dataDescription are written in; a notice in another language shows a blank to translate unless translations gives the text',
  })
  @IsOptional()
  @IsIn(TEXT_LANGUAGES)
  textLanguage?: TextLanguage;

  @ApiPropertyOptional({ type: TranslationsDto, description: 'the free texts per notice language' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TranslationsDto)
  translations?: TranslationsDto;

  @ApiPropertyOptional({
    maxLength: 20000,
    description: 'Art. 34(2): what happened in clear and plain language, for the letter to the people; the letter shows a blank without it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  plainLanguageSummary?: string;

  @ApiPropertyOptional({
    maxLength: 20000,
    example: 'order history: products bought and order values',
    description: 'the data actually affected, in words',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  dataDescription?: string;

  @ApiPropertyOptional({
    enum: DATA_OUTCOMES,
    description: 'what is known to have happened to the data: exposed (no known access), accessed, copied, copied_and_published',
  })
  @IsOptional()
  @IsIn(DATA_OUTCOMES)
  dataOutcome?: DataOutcome;

  @ApiPropertyOptional({
    enum: FINANCIAL_DATA_KINDS,
    isArray: true,
    description: 'which financial data; amounts_only: e.g. order values, no card or account',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(FINANCIAL_DATA_KINDS, { each: true })
  financialDataKinds?: FinancialDataKind[];

  @ApiPropertyOptional({
    description: 'the investigation is declared finished; until then notices say it continues and a supplement will follow',
  })
  @IsOptional()
  @IsBoolean()
  investigationComplete?: boolean;

  @ApiPropertyOptional({
    type: AuthorityReportDto,
    isArray: true,
    description: 'reports already made to other authorities (DNSC, police, …)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AuthorityReportDto)
  otherAuthoritiesInformed?: AuthorityReportDto[];

  @ApiPropertyOptional({ type: ContainmentDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContainmentDto)
  containment?: ContainmentDto;

  @ApiPropertyOptional({
    type: String,
    isArray: true,
    maxItems: 200,
    description: 'indicators of compromise (addresses, hashes, file names), shown as typed',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  indicatorsOfCompromise?: string[];

  @ApiPropertyOptional({ type: String, isArray: true, maxItems: 50, description: 'sub-processors involved in the breach' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  subProcessors?: string[];

  @ApiPropertyOptional({
    type: EmergencyContactDto,
    description: 'reachable at any hour while the breach is handled (for controllers we warn)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EmergencyContactDto)
  emergencyContact?: EmergencyContactDto;

  @ApiPropertyOptional({
    enum: SUBJECT_INFORMERS,
    description: 'processor incidents: who informs the people (the controller, unless it instructed us to)',
  })
  @IsOptional()
  @IsIn(SUBJECT_INFORMERS)
  subjectInformer?: SubjectInformer;

  @ApiPropertyOptional({
    enum: SECTORS,
    isArray: true,
    description: 'regimes whose clocks apply besides the GDPR; default from the organisation',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors?: Sector[];

  @ApiPropertyOptional({
    enum: BREACH_REGIMES,
    description:
      'eprivacy: data processed in providing a publicly available electronic communications service (Law 506/2004 art. 3^1, ' +
      'Reg. 611/2013; GDPR Art. 95: no Art. 33/34); default eprivacy for an electronic_communications provider’s ' +
      'communications_metadata, communications_content or location data, else gdpr',
  })
  @IsOptional()
  @IsIn(BREACH_REGIMES)
  regime?: BreachRegime;

  @ApiPropertyOptional({ type: Nis2ClassificationDto, description: 'NIS2 clocks run only once the incident is classified significant' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => Nis2ClassificationDto)
  nis2Classification?: Nis2ClassificationDto;

  @ApiPropertyOptional({ type: DoraClassificationDto, description: 'DORA clocks run only once the incident is classified major' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DoraClassificationDto)
  doraClassification?: DoraClassificationDto;
}

export class UpdateIncidentDto extends PartialType(CreateIncidentDto) {}
