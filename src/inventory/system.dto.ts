import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  DATA_CATEGORIES,
  ENCRYPTION_LEVELS,
  INCIDENT_ROLES,
  SUBJECT_CATEGORIES,
  type DataCategory,
  type EncryptionLevel,
  type IncidentRole,
  type SubjectCategory,
} from '../risk/facts.js';
import { MAX_CUSTOMERS_PER_DATA_SET, MAX_DATA_SETS, MAX_RECORDS, MAX_SUBJECTS, SYSTEM_SLUG } from './inventory.js';

export class CustomerShareDto {
  @ApiProperty({ format: 'uuid', description: 'a customer of /api/v1/customers' })
  @IsUUID()
  customerId: string;

  @ApiPropertyOptional({ minimum: 0, description: 'this customer’s approximate number of people in the data set' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SUBJECTS)
  subjectsAffected?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'this customer’s approximate number of records in the data set' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_RECORDS)
  recordsAffected?: number;
}

export class DataSetDto {
  @ApiProperty({ enum: INCIDENT_ROLES, description: 'our role: controller (our own data) or processor (customers’ data)' })
  @IsIn(INCIDENT_ROLES)
  role: IncidentRole;

  @ApiProperty({ enum: DATA_CATEGORIES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(DATA_CATEGORIES, { each: true })
  dataCategories: DataCategory[];

  @ApiProperty({ enum: SUBJECT_CATEGORIES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(SUBJECT_CATEGORIES, { each: true })
  subjectCategories: SubjectCategory[];

  @ApiPropertyOptional({ minimum: 0, description: 'approximate number of people (for processor data, see customers)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SUBJECTS)
  subjectsAffected?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'approximate number of records' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_RECORDS)
  recordsAffected?: number;

  @ApiPropertyOptional({ enum: ENCRYPTION_LEVELS })
  @IsOptional()
  @IsIn(ENCRYPTION_LEVELS)
  encryptionAtRest?: EncryptionLevel;

  @ApiPropertyOptional({ example: 'AWS eu-central-1', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  hosting?: string;

  @ApiPropertyOptional({ example: '24 months', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  retention?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'data processed in providing a public electronic-communications service (Law 506/2004, Reg. 611/2013)',
  })
  @IsOptional()
  @IsBoolean()
  electronicCommunications?: boolean;

  @ApiPropertyOptional({
    type: CustomerShareDto,
    isArray: true,
    description: 'processor data sets only: the customers (controllers) whose data it is, each with its own figures',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CUSTOMERS_PER_DATA_SET)
  @ValidateNested({ each: true })
  @Type(() => CustomerShareDto)
  customers?: CustomerShareDto[];
}

export class CreateSystemDto {
  @ApiProperty({ example: 'call-recordings', description: 'lowercase kebab, unique and stable: incidents name the system by it' })
  @IsString()
  @Length(1, 100)
  @Matches(SYSTEM_SLUG, { message: 'slug must be lowercase letters and digits joined by single hyphens, such as call-recordings' })
  slug: string;

  @ApiProperty({ example: 'Call recordings' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiProperty({ type: DataSetDto, isArray: true })
  @IsArray()
  @ArrayMaxSize(MAX_DATA_SETS)
  @ValidateNested({ each: true })
  @Type(() => DataSetDto)
  dataSets: DataSetDto[];
}

/** Any subset but the slug (it is stable); `dataSets`, when sent, replaces the list whole. */
export class UpdateSystemDto extends PartialType(OmitType(CreateSystemDto, ['slug'])) {}

export class CustomerShareView extends CustomerShareDto {
  @ApiProperty({ description: 'the customer’s name, for reading' }) customerName: string;
}

export class DataSetView extends OmitType(DataSetDto, ['customers', 'electronicCommunications']) {
  @ApiProperty() electronicCommunications: boolean;
  @ApiProperty({ type: CustomerShareView, isArray: true }) customers: CustomerShareView[];
}

export class SystemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ type: DataSetView, isArray: true }) dataSets: DataSetView[];
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class SystemOptionView {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
}
