import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Incident } from '../incidents/incident.entity.js';
import { toCsv } from './csv.js';
import { REGISTER_COLUMNS, registerEntry, type RegisterEntry } from './register.js';

@Injectable()
export class RegisterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async entries(): Promise<{ generatedAt: string; entries: RegisterEntry[] }> {
    const incidents = await this.dataSource.getRepository(Incident).find({ order: { awareAt: 'ASC', reference: 'ASC' } });
    return {
      generatedAt: this.time.now().toISOString(),
      entries: incidents.map((incident) => registerEntry(incident, this.config.displayTimeZone)),
    };
  }

  async csv(): Promise<string> {
    const { entries } = await this.entries();
    return toCsv(REGISTER_COLUMNS, entries.map((entry) => REGISTER_COLUMNS.map((column) => entry[column])));
  }
}
