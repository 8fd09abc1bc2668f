import { Inject, Injectable } from '@nestjs/common';
import { ClocksService } from '../clocks/clocks.service.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AssessmentsService } from '../incidents/assessments.service.js';
import type { Incident } from '../incidents/incident.entity.js';
import { IncidentsService } from '../incidents/incidents.service.js';
import { csvRecord } from '../common/csv.js';
import { REGISTER_COLUMNS, registerEntry, type RegisterEntry } from './register.js';

// Incidents per read: a batch's rows are all the export holds at once, however long the register. Small enough that a
// batch's objects (incidents, their assessments' reasons, clocks) mostly die young: at 500 they outlived the young
// generation's collections and grew the old one, 314 and 325 MB peak RSS for 100 000 incidents; at 100, 275 and 274 MB
// (interleaved runs on the same data). 50 saved little more memory and cost CPU in round trips.
export const REGISTER_BATCH = 100;

/**
 * The register is exported a batch at a time, oldest first, each batch read after the previous one was written out:
 * memory stays flat with 100 000 incidents, and no connection is held while a slow client reads.
 */
@Injectable()
export class RegisterService {
  constructor(
    private readonly time: TimeSource,
    private readonly incidents: IncidentsService,
    private readonly assessments: AssessmentsService,
    private readonly clocks: ClocksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** CSV text in pieces: the byte-order mark and header with the first batch, then a batch per piece. */
  async *csv(): AsyncGenerator<string> {
    // the byte-order mark makes spreadsheet programs read the Romanian diacritics as UTF-8
    const header = '\uFEFF' + csvRecord(REGISTER_COLUMNS);
    let started = false;
    for await (const entries of this.batches()) {
      yield (started ? '' : header) + entries.map((entry) => csvRecord(REGISTER_COLUMNS.map((column) => entry[column]))).join('');
      started = true;
    }
    if (!started) yield header;
  }

  /** The JSON document ({generatedAt, entries}) in pieces, a batch of entries per piece. */
  async *json(): AsyncGenerator<string> {
    const opening = `{"generatedAt":${JSON.stringify(this.time.now().toISOString())},"entries":[`;
    let started = false;
    for await (const entries of this.batches()) {
      yield (started ? ',' : opening) + entries.map((entry) => JSON.stringify(entry)).join(',');
      started = true;
    }
    yield (started ? '' : opening) + ']}';
  }

  private async *batches(): AsyncGenerator<RegisterEntry[]> {
    let after: Incident | undefined;
    for (;;) {
      const incidents = await this.incidents.inRegisterOrder(after, REGISTER_BATCH);
      if (!incidents.length) return;
      const ids = incidents.map((incident) => incident.id);
      const [decisions, clocks] = await Promise.all([this.assessments.latestFor(ids), this.clocks.clocksOfMany(ids)]);
      yield incidents.map((incident) =>
        registerEntry(incident, this.config.displayTimeZone, decisions.get(incident.id) ?? null, clocks.get(incident.id) ?? []),
      );
      if (incidents.length < REGISTER_BATCH) return;
      after = incidents[incidents.length - 1];
    }
  }
}
