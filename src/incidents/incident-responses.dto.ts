// OpenAPI descriptions of the read models the incident endpoints answer with.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FilingResponse {
  @ApiProperty() id: string;
  @ApiProperty({ example: '2026-10-24T15:30:00.000Z', description: 'UTC' }) sentAt: string;
  @ApiProperty({ example: 'DNSC incident-reporting platform' }) channel: string;
  @ApiProperty({ example: 'DNSC-2026-1234' }) externalReference: string;
  @ApiProperty({ example: 'user:…' }) recordedBy: string;
  @ApiProperty() recordedAt: string;
}

export class ClockResponse {
  @ApiProperty({ example: 'gdpr_art33', description: 'unique per incident' }) key: string;
  @ApiProperty({ example: 'gdpr_art33' }) regime: string;
  @ApiProperty({ example: 'ANSPDCP' }) recipient: string;
  @ApiProperty({ nullable: true, type: String, example: 'authority', description: 'the notice that meets the clock' }) noticeKind: string | null;
  @ApiProperty({ example: 'GDPR Art. 33(1)' }) legalBasis: string;
  @ApiProperty({ example: '2026-10-24T07:00:00.000Z' }) startsAt: string;
  @ApiProperty({ example: '2026-10-27T07:00:00.000Z', description: 'UTC' }) dueAt: string;
  @ApiProperty({ example: '2026-10-27T09:00:00+02:00', description: 'in TZ_DISPLAY, with its offset' }) dueAtLocal: string;
  @ApiProperty({ enum: ['running', 'met', 'missed', 'not_required'] }) state: string;
  @ApiProperty({ description: 'met after the deadline, or missed' }) late: boolean;
  @ApiProperty({ description: 'negative when overdue; frozen when met; 0 when not required' }) secondsLeft: number;
  @ApiProperty({ example: '1d 2h 3m' }) timeLeft: string;
  @ApiProperty({ nullable: true, type: String }) metAt: string | null;
  @ApiPropertyOptional() notRequiredReason?: string;
  @ApiProperty({ type: FilingResponse, isArray: true, description: 'every report made for the clock, oldest first; the first met it' })
  filings: FilingResponse[];
}

export class EscalationDeliveryResponse {
  @ApiProperty({ enum: ['pending', 'sent', 'held'], description: 'held: recorded while Slack is off' }) state: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ nullable: true, type: String }) sentAt: string | null;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
}

export class EscalationStepResponse {
  @ApiProperty({ example: 'gdpr_art33' }) clockKey: string;
  @ApiProperty({ example: 'left_24h' }) level: string;
  @ApiProperty({ enum: ['logged', 'reminder', 'overdue'] }) kind: string;
  @ApiProperty({ enum: ['channel', 'dpo', 'contacts'], isArray: true }) audience: string[];
  @ApiProperty() fireAt: string;
  @ApiProperty({ enum: ['pending', 'sent', 'superseded', 'cancelled'] }) state: string;
  @ApiProperty({ nullable: true, type: String }) processedAt: string | null;
  @ApiProperty({ nullable: true, type: EscalationDeliveryResponse }) delivery: EscalationDeliveryResponse | null;
}
