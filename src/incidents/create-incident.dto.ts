import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { BREACH_REGIMES, SECTORS, type BreachRegime, type Sector } from '../risk/facts.js';
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

export class Nis2ClassificationDto {
  @ApiProperty({ description: 'a significant incident under NIS2 Art. 23(3): its clocks start; false: none run' })
  @IsBoolean()
  significant: boolean;

  @ApiProperty({ example: '2026-10-24T12:00:00Z', description: 'when the entity became aware the incident is significant; not in the future' })
  @IsInstant()
  classifiedAt: string;
}

export class DoraClassificationDto {
  @ApiProperty({ description: 'a major ICT-related incident under DORA Art. 18: its clocks start; false: none run' })
  @IsBoolean()
  major: boolean;

  @ApiProperty({ example: '2026-10-24T12:00:00Z', description: 'when it was classified as major; the initial notification is due 4 h later, 24 h after awareAt at the latest' })
  @IsInstant()
  classifiedAt: string;
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
