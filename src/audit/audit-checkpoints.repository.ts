import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditCheckpoint } from './audit-checkpoint.entity.js';
import { GENESIS_HASH } from './hash-chain.js';

export interface ChainHead {
  entries: number;
  headHash: string;
}

/** The audit module's SQL for checkpoints: the chain's head, and the checkpoint rows (insert and read only). */
@Injectable()
export class AuditCheckpointsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async head(): Promise<ChainHead> {
    const [row]: { id: string; hash: string }[] = await this.dataSource.query('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
    return row ? { entries: Number(row.id), headHash: row.hash } : { entries: 0, headHash: GENESIS_HASH };
  }

  async insert(checkpoint: Omit<AuditCheckpoint, 'id'>): Promise<AuditCheckpoint> {
    const repository = this.dataSource.getRepository(AuditCheckpoint);
    const row = repository.create(checkpoint);
    await repository.insert(row);
    return row;
  }

  /** Newest first. */
  latest(limit: number): Promise<AuditCheckpoint[]> {
    return this.dataSource.getRepository(AuditCheckpoint).find({ order: { id: 'DESC' }, take: limit });
  }

  all(): Promise<AuditCheckpoint[]> {
    return this.dataSource.getRepository(AuditCheckpoint).find({ order: { id: 'ASC' } });
  }

  async databaseName(): Promise<string> {
    const [row]: { name: string }[] = await this.dataSource.query('SELECT current_database() AS name');
    return row.name;
  }
}
