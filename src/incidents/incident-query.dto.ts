import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { CLOSE_CATEGORIES, INCIDENT_STATES, type CloseCategory, type IncidentState } from './incident.entity.js';
import { IsInstant } from './incident-facts.dto.js';

export class ListIncidentsQuery {
  @ApiPropertyOptional({ enum: INCIDENT_STATES })
  @IsOptional()
  @IsIn(INCIDENT_STATES)
  state?: IncidentState;

  @ApiPropertyOptional({ description: 'aware at or after this instant' })
  @IsOptional()
  @IsInstant()
  awareFrom?: string;

  @ApiPropertyOptional({ description: 'aware before this instant' })
  @IsOptional()
  @IsInstant()
  awareTo?: string;

  @ApiPropertyOptional({ description: 'words in the title or reference' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

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
