import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditCheckpoint } from './audit-checkpoint.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import { GENESIS_HASH } from './hash-chain.js';

export interface ChainHead {
  entries: number;
  headHash: string;
}

/** The audit module's SQL for checkpoints: the chain's head, and the checkpoint rows (insert and read only). */
@Injectable()
export class AuditCheckpointsRepository {
  constructor(
    @InjectRepository(AuditCheckpoint) private readonly checkpoints: Repository<AuditCheckpoint>,
    @InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>,
  ) {}

  async head(): Promise<ChainHead> {
    const [last] = await this.entries.find({ select: { id: true, hash: true }, order: { id: 'DESC' }, take: 1 });
    return last ? { entries: last.id, headHash: last.hash } : { entries: 0, headHash: GENESIS_HASH };
  }

  async insert(checkpoint: Omit<AuditCheckpoint, 'id'>): Promise<AuditCheckpoint> {
    const row = this.checkpoints.create(checkpoint);
    await this.checkpoints.insert(row);
    return row;
  }

  /** Newest first. */
  latest(limit: number): Promise<AuditCheckpoint[]> {
    return this.checkpoints.find({ order: { id: 'DESC' }, take: limit });
  }

  all(): Promise<AuditCheckpoint[]> {
    return this.checkpoints.find({ order: { id: 'ASC' } });
  }

  async databaseName(): Promise<string> {
    const [row]: { name: string }[] = await this.checkpoints.query('SELECT current_database() AS name');
    return row.name;
  }
}
