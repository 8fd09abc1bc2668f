import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { SECTORS, type Sector } from '../risk/facts.js';
import { IsInstant, RiskFactsDto } from './incident-facts.dto.js';

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
}

export class CreateIncidentDto extends RiskFactsDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Call recordings bucket exposed' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional({ maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({ description: 'when the organisation became aware; starts the clocks; default now; not in the future', example: '2026-10-24T10:00:00+03:00' })
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

  @ApiPropertyOptional({ enum: SECTORS, isArray: true, description: 'regimes whose clocks apply besides the GDPR; default from the organisation' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors?: Sector[];
}

export class UpdateIncidentDto extends PartialType(CreateIncidentDto) {}
