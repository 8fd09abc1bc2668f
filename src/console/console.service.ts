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
    const [decisions, clocks] = await Promise.all([this.assessments.decisionsFor(ids), this.clocks.mostUrgentOwing(ids)]);
    const items = open.map((incident): BoardItemView => {
      const decision = decisions.get(incident.id) ?? null;
      return {
        id: incident.id,
        reference: incident.reference,
        title: incident.title,
        awareAt: incident.awareAt.toISOString(),
        ...acknowledgementOf(incident),
        riskLevel: decision?.riskLevel ?? null,
        notifyAuthority: decision?.notifyAuthority ?? null,
        notifyDataSubjects: decision?.notifyDataSubjects ?? null,
        clock: clocks.get(incident.id) ?? null,
      };
    });
    // Code-unit order, which is time order for UTC ISO instants (and the same for these ASCII references), without
    // the collation localeCompare pays for on each of a thousand rows' comparisons.
    items.sort((a, b) => ordinal(a.clock?.dueAt ?? '\uffff', b.clock?.dueAt ?? '\uffff') || ordinal(a.reference, b.reference));
    return { items, displayTimeZone: this.config.displayTimeZone };
  }
}

function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
