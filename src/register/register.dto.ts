// OpenAPI description of the Art. 33(5) register's JSON form. `implements` keeps it in step with RegisterEntry.
import { ApiProperty } from '@nestjs/swagger';
import type { RegisterEntry } from './register.js';

const nullableString = { type: String, nullable: true } as const;

export class RegisterEntryResponse implements RegisterEntry {
  @ApiProperty({ example: 'BR-2026-0001' }) reference: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['open', 'closed'] }) state: string;
  @ApiProperty({ enum: ['controller', 'processor'] }) role: string;
  @ApiProperty({ example: '2026-10-24T07:00:00.000Z' }) awareAt: string;
  @ApiProperty({ example: '2026-10-24T10:00:00+03:00', description: 'awareAt in TZ_DISPLAY' }) awareAtLocal: string;
  @ApiProperty(nullableString) occurredAt: string | null;
  @ApiProperty(nullableString) detectedAt: string | null;
  @ApiProperty(nullableString) description: string | null;
  @ApiProperty({ type: String, isArray: true }) breachTypes: string[];
  @ApiProperty({ type: Boolean, nullable: true }) malicious: boolean | null;
  @ApiProperty({ type: String, isArray: true }) dataCategories: string[];
  @ApiProperty({ type: String, isArray: true }) subjectCategories: string[];
  @ApiProperty({ type: Number, nullable: true }) subjectsAffected: number | null;
  @ApiProperty({ type: Number, nullable: true }) recordsAffected: number | null;
  @ApiProperty({ ...nullableString, description: 'the measures taken or proposed (mitigation.measures)' }) remedialAction: string | null;
  @ApiProperty(nullableString) closeCategory: string | null;
  @ApiProperty(nullableString) closeReason: string | null;
  @ApiProperty(nullableString) closedAt: string | null;
  @ApiProperty({ ...nullableString, description: 'the decision in force' }) riskLevel: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) notifyAuthority: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true }) notifyDataSubjects: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'a processor’s own duty: warn its controllers (Art. 33(2))' })
  notifyControllers: boolean | null;
  @ApiProperty({
    type: String,
    isArray: true,
    description: 'for a processor, the engine’s advice on each controller’s duties: the decision, then its reasons',
  })
  controllerAdvice: string[];
  @ApiProperty({ type: String, isArray: true }) exemptions: string[];
  @ApiProperty({ type: String, isArray: true, description: 'every reason of the decision in force' }) decisionReasons: string[];
  @ApiProperty(nullableString) overrideJustification: string | null;
  @ApiProperty({ type: String, isArray: true, example: ['gdpr_art33 → ANSPDCP: met (late) 2026-10-28T09:00:00.000Z'] })
  clockOutcomes: string[];
  @ApiProperty({
    type: String,
    isArray: true,
    description: 'when the incident names systems: each data set touched, our role, and whose data it is',
    example: ['call-recordings: processor for Shop Alpha SRL (12000 people) (identity, communications_content)'],
  })
  dataSets: string[];
  @ApiProperty({
    type: String,
    isArray: true,
    description: 'when the incident names systems: each role’s part of the decision',
    example: ['controller (call-recordings): high_risk; notify the authority: yes; notify data subjects: no'],
  })
  parts: string[];
}

export class RegisterResponse {
  @ApiProperty({ example: '2026-10-30T08:00:00.000Z' }) generatedAt: string;
  @ApiProperty({ type: RegisterEntryResponse, isArray: true }) entries: RegisterEntryResponse[];
}
