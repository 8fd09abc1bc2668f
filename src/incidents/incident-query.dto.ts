import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { INCIDENT_STATES, type IncidentState } from './incident.entity.js';
import { IsInstant } from './incident-facts.dto.js';

const MAX_PAGE = 10_000_000;

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

  // Bounded so that (page − 1) × pageSize stays a safe integer and a PostgreSQL bigint OFFSET.
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
