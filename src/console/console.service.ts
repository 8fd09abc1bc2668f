import { Inject, Injectable } from '@nestjs/common';
import { ClocksService } from '../clocks/clocks.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AssessmentsService } from '../incidents/assessments.service.js';
import { IncidentsService } from '../incidents/incidents.service.js';
import { acknowledgementOf } from '../incidents/incident.view.js';
import type { BoardItemView, BoardView } from './console.view.js';

/** The board's read model: every open incident with its most urgent clock, in one answer. */
@Injectable()
export class ConsoleService {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly assessments: AssessmentsService,
    private readonly clocks: ClocksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async board(): Promise<BoardView> {
    const open = await this.incidents.open();
    const ids = open.map((incident) => incident.id);
    const [latest, clocks] = await Promise.all([this.assessments.latestFor(ids), this.clocks.mostUrgentOwing(ids)]);
    const items = open.map((incident): BoardItemView => {
      const assessment = latest.get(incident.id) ?? null;
      const urgent = clocks.get(incident.id) ?? null;
      return {
        id: incident.id,
        reference: incident.reference,
        title: incident.title,
        awareAt: incident.awareAt.toISOString(),
        ...acknowledgementOf(incident),
        riskLevel: assessment?.riskLevel ?? null,
        notifyAuthority: assessment?.notifyAuthority ?? null,
        notifyDataSubjects: assessment?.notifyDataSubjects ?? null,
        clock: urgent && {
          key: urgent.key,
          legalBasis: urgent.legalBasis,
          recipient: urgent.recipient,
          dueAt: urgent.dueAt,
          state: urgent.state,
        },
      };
    });
    items.sort((a, b) => (a.clock?.dueAt ?? '\uffff').localeCompare(b.clock?.dueAt ?? '\uffff') || a.reference.localeCompare(b.reference));
    return { items, displayTimeZone: this.config.displayTimeZone };
  }
}
