import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { formatLocal } from '../common/local-time.js';
import type { AssessmentView } from './assessments.service.js';
import {
  type AffectedController,
  DATA_CATEGORIES,
  type DataCategory,
  ENCRYPTION_LEVELS,
  type EncryptionLevel,
  type FactSource,
  INCIDENT_ROLES,
  type IncidentDataSet,
  type IncidentRole,
  INVENTORY_FACTS,
  type InventoryFact,
  SUBJECT_CATEGORIES,
  type SubjectCategory,
} from '../risk/facts.js';
import { AffectedControllerDto, CreateIncidentDto } from './create-incident.dto.js';
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

export class AcknowledgedByView {
  @ApiProperty({ example: 'user:0b6f…', description: 'the actor id' }) id: string;
  @ApiProperty({ example: 'Ana Popescu' }) name: string;
}

/** Who first took the incident on, and when (UTC); both null until someone acknowledges it. */
export class Acknowledgement {
  @ApiProperty({ type: AcknowledgedByView, nullable: true, description: 'who first acknowledged (took on) the incident' })
  acknowledgedBy: AcknowledgedByView | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-10-24T08:15:00.000Z', description: 'UTC' }) acknowledgedAt: string | null;
}

export function acknowledgementOf(incident: Pick<Incident, 'acknowledgedBy' | 'acknowledgedByName' | 'acknowledgedAt'>): Acknowledgement {
  return {
    acknowledgedBy: incident.acknowledgedBy ? { id: incident.acknowledgedBy, name: incident.acknowledgedByName ?? '' } : null,
    acknowledgedAt: incident.acknowledgedAt?.toISOString() ?? null,
  };
}

/** A data set of a system the breach touched, as the inventory described it at intake (issue #15). */
export class IncidentDataSetView implements IncidentDataSet {
  @ApiProperty({ example: 'call-recordings' }) system: string;
  @ApiProperty({ enum: INCIDENT_ROLES, description: 'our role for this data set' }) role: IncidentRole;
  @ApiProperty({ enum: DATA_CATEGORIES, isArray: true }) dataCategories: DataCategory[];
  @ApiProperty({ enum: SUBJECT_CATEGORIES, isArray: true }) subjectCategories: SubjectCategory[];
  @ApiPropertyOptional() subjectsAffected?: number;
  @ApiPropertyOptional() recordsAffected?: number;
  @ApiPropertyOptional({ enum: ENCRYPTION_LEVELS }) encryptionAtRest?: EncryptionLevel;
  @ApiProperty({ description: 'data processed in providing a public electronic-communications service' }) electronicCommunications: boolean;
  @ApiProperty({
    type: AffectedControllerDto,
    isArray: true,
    description: 'processor data sets: each controller with its own figures here',
  })
  controllers: AffectedController[];
}

export class IncidentView extends IntersectionType(CreateIncidentDto, Acknowledgement) {
  // Stated or from the inventory, a logged incident always has them.
  @ApiProperty({ required: true, enum: INCIDENT_ROLES, description: 'controller when any data set touched is our own' })
  declare role: IncidentRole;
  @ApiProperty({ required: true, enum: DATA_CATEGORIES, isArray: true }) declare dataCategories: DataCategory[];
  @ApiPropertyOptional({
    type: IncidentDataSetView,
    isArray: true,
    description: 'when systems are named: the data sets touched, each with its role',
  })
  dataSets?: IncidentDataSetView[];
  @ApiPropertyOptional({
    type: 'object',
    properties: Object.fromEntries(INVENTORY_FACTS.map((fact) => [fact, { type: 'string', enum: ['inventory', 'reporter'] }])),
    additionalProperties: false,
    example: { dataCategories: 'inventory', subjectsAffected: 'reporter' },
    description: 'when systems are named: where each fact the inventory can supply came from (the reporter’s statement wins)',
  })
  factSources?: Partial<Record<InventoryFact, FactSource>>;
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
    ...acknowledgementOf(incident),
    assessment,
    ...(notes ? { notes: notes.map(noteView) } : {}),
  };
}

function noteView(note: IncidentNote): NoteView {
  return { id: note.id, author: note.author, authorName: note.authorName, body: note.body, createdAt: note.createdAt };
}
