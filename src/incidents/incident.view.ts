import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { formatLocal } from '../common/local-time.js';
import type { AssessmentView } from './assessments.service.js';
import { CreateIncidentDto } from './create-incident.dto.js';
import { AssessmentVersionResponse } from './incident-responses.dto.js';
import type { IncidentNote } from './incident-note.entity.js';
import { CLOSE_CATEGORIES, INCIDENT_STATES, type CloseCategory, type Incident, type IncidentState } from './incident.entity.js';

export class NoteView {
  @ApiProperty() id: string;
  @ApiProperty() author: string;
  @ApiProperty() authorName: string;
  @ApiProperty() body: string;
  @ApiProperty() createdAt: Date;
}

export class IncidentView extends CreateIncidentDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'BR-2026-0001' }) reference: string;
  @ApiProperty({ enum: INCIDENT_STATES }) state: IncidentState;
  @ApiProperty({ example: '2026-10-24T07:00:00.000Z' }) declare awareAt: string;
  @ApiProperty({ example: '2026-10-24T10:00:00+03:00', description: 'awareAt in TZ_DISPLAY' }) awareAtLocal: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) closedAt: Date | null;
  @ApiPropertyOptional({ nullable: true, enum: CLOSE_CATEGORIES }) closeCategory: CloseCategory | null;
  @ApiPropertyOptional({ nullable: true, type: String }) closeReason: string | null;
  @ApiProperty({ description: 'increases with every change' }) version: number;
  @ApiPropertyOptional({ type: NoteView, isArray: true, description: 'in GET /incidents/{id} only' }) notes?: NoteView[];
  @ApiProperty({ type: AssessmentVersionResponse, nullable: true, description: 'the latest risk assessment, with the decision in force' })
  assessment: AssessmentView | null;
}

export function incidentView(
  incident: Incident,
  timeZone: string,
  assessment: AssessmentView | null,
  notes?: IncidentNote[],
): IncidentView {
  return {
    id: incident.id,
    reference: incident.reference,
    title: incident.title,
    description: incident.description ?? undefined,
    role: incident.role,
    state: incident.state,
    awareAt: incident.awareAt.toISOString(),
    awareAtLocal: formatLocal(incident.awareAt, timeZone),
    occurredAt: incident.occurredAt?.toISOString(),
    detectedAt: incident.detectedAt?.toISOString(),
    ...incident.facts,
    createdBy: incident.createdBy,
    createdAt: incident.createdAt,
    updatedAt: incident.updatedAt,
    closedAt: incident.closedAt,
    closeCategory: incident.closeCategory,
    closeReason: incident.closeReason,
    version: incident.version,
    assessment,
    ...(notes ? { notes: notes.map(noteView) } : {}),
  };
}

function noteView(note: IncidentNote): NoteView {
  return { id: note.id, author: note.author, authorName: note.authorName, body: note.body, createdAt: note.createdAt };
}
