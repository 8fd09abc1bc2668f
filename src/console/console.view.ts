import { ApiProperty } from '@nestjs/swagger';
import type { OwingClock } from '../clocks/clocks.service.js';
import { Acknowledgement } from '../incidents/incident.view.js';

/** The clocks module's OwingClock, as the API documents it. */
export class BoardClockView implements OwingClock {
  @ApiProperty({ example: 'gdpr_art33' }) key: string;
  @ApiProperty({ example: 'GDPR Art. 33(1)' }) legalBasis: string;
  @ApiProperty({ example: 'ANSPDCP' }) recipient: string;
  @ApiProperty({ description: 'UTC' }) dueAt: string;
  @ApiProperty({ enum: ['running', 'missed'] }) state: 'running' | 'missed';
}

export class BoardItemView extends Acknowledgement {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'BR-2026-0001' }) reference: string;
  @ApiProperty() title: string;
  @ApiProperty() awareAt: string;
  @ApiProperty({ enum: ['unlikely', 'risk', 'high_risk'], nullable: true, type: String }) riskLevel: string | null;
  @ApiProperty({ nullable: true, type: Boolean }) notifyAuthority: boolean | null;
  @ApiProperty({ nullable: true, type: Boolean }) notifyDataSubjects: boolean | null;
  @ApiProperty({
    nullable: true,
    type: BoardClockView,
    description: 'the most urgent clock still owing: a missed one, else the soonest running',
  })
  clock: BoardClockView | null;
}

export class BoardView {
  @ApiProperty({ type: BoardItemView, isArray: true, description: 'open incidents, most urgent clock first' }) items: BoardItemView[];
  @ApiProperty({ example: 'Europe/Bucharest' }) displayTimeZone: string;
}

export class ConsoleConfigView {
  @ApiProperty({ example: 'Europe/Bucharest', description: 'TZ_DISPLAY: the zone the console shows local times in' })
  displayTimeZone: string;
  @ApiProperty({ enum: ['ro', 'en'], description: 'the console’s language until a person picks one' }) defaultLanguage: 'ro' | 'en';
}
