import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The transaction the database gauges read in: read-only, under a statement timeout, so a slow database makes a
 * scrape fail fast rather than pile up. The counts themselves come from each table's own module.
 */
@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  readOnly<T>(statementTimeoutMs: number, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('READ COMMITTED', async (manager) => {
      await manager.query(`SET TRANSACTION READ ONLY`);
      await manager.query(`SET LOCAL statement_timeout = ${Math.trunc(statementTimeoutMs)}`);
      return work(manager);
    });
  }
}
