import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClocksService } from '../clocks/clocks.service.js';
import { TimeSource } from '../common/time-source.js';
import { AssessmentsService } from '../incidents/assessments.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Incident } from '../incidents/incident.entity.js';
import { toCsv } from './csv.js';
import { REGISTER_COLUMNS, registerEntry, type RegisterEntry } from './register.js';

@Injectable()
export class RegisterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly time: TimeSource,
    private readonly assessments: AssessmentsService,
    private readonly clocks: ClocksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async entries(): Promise<{ generatedAt: string; entries: RegisterEntry[] }> {
    const incidents = await this.dataSource.getRepository(Incident).find({ order: { awareAt: 'ASC', reference: 'ASC' } });
    const decisions = await this.assessments.latestFor(incidents.map((i) => i.id));
    const clocks = await this.clocks.clocksOfMany(incidents.map((i) => i.id));
    return {
      generatedAt: this.time.now().toISOString(),
      entries: incidents.map((incident) =>
        registerEntry(incident, this.config.displayTimeZone, decisions.get(incident.id) ?? null, clocks.get(incident.id) ?? []),
      ),
    };
  }

  async csv(): Promise<string> {
    const { entries } = await this.entries();
    return toCsv(REGISTER_COLUMNS, entries.map((entry) => REGISTER_COLUMNS.map((column) => entry[column])));
  }
}
