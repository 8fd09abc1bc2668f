import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { AuditCheckpoint } from './audit-checkpoint.entity.js';
import { AuditCheckpointsRepository } from './audit-checkpoints.repository.js';
import { loadOrCreateSigningKey, type SigningKey } from './audit-signing-key.js';
import { checkpointSignatureValid, keyIdOf, signCheckpoint, type CheckpointClaim } from './checkpoint-signature.js';

export type SignedCheckpoint = CheckpointClaim & { keyId: string; signature: string };

/** The checkpoints verification may rely on, and what it had to set aside. */
export interface KnownCheckpoints {
  trusted: CheckpointClaim[];
  problems: string[];
  /** Checkpoints that claim this service's key but whose signature is false: forged, so the log was tampered with. */
  forged: number;
}

/**
 * Anchors the audit chain outside the database. Every few minutes (when the chain has grown) and at shutdown it
 * signs the chain's length and head hash with a key the database never sees, and keeps the checkpoint twice: in
 * the database (exported by GET /api/v1/audit/checkpoints) and in a file in DATA_DIR. Deleting the tail or
 * rewriting the chain then contradicts a signature nobody without the key can renew.
 */
@Injectable()
export class AuditCheckpointsService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('AuditCheckpoints');
  private key: SigningKey;
  private keyId: string;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly checkpoints: AuditCheckpointsRepository,
    private readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.key = await loadOrCreateSigningKey(this.config.audit.signingKey, this.config.dataDir);
    this.keyId = keyIdOf(this.key.publicKey);
  }

  onApplicationBootstrap(): void {
    if (!this.config.schedulerEnabled) return;
    this.timer = setInterval(() => void this.checkpointQuietly(), this.config.audit.checkpointMinutes * 60_000);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.checkpointQuietly();
  }

  publicKeyPem(): string {
    return this.key.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  }

  currentKeyId(): string {
    return this.keyId;
  }

  /** Signs the chain's head now, unless the newest checkpoint already says the same with this key. */
  async checkpoint(): Promise<SignedCheckpoint> {
    const head = await this.checkpoints.head();
    const [newest] = await this.checkpoints.latest(1);
    if (newest && newest.entries === head.entries && newest.headHash === head.headHash && newest.keyId === this.keyId)
      return asSigned(newest);
    const claim = { ...head, at: this.time.now() };
    const signed = { ...claim, keyId: this.keyId, signature: signCheckpoint(claim, this.key.privateKey) };
    await this.checkpoints.insert(signed);
    await this.appendToFile(signed);
    return signed;
  }

  async latest(limit: number): Promise<SignedCheckpoint[]> {
    return (await this.checkpoints.latest(limit)).map(asSigned);
  }

  /** Every checkpoint in the database and in DATA_DIR's file, sorted into what verification can trust. */
  async known(): Promise<KnownCheckpoints> {
    const problems: string[] = [];
    const fromFile = await this.readFile(problems);
    const fromDatabase = (await this.checkpoints.all()).map(asSigned);
    const seen = new Set<string>();
    const trusted: CheckpointClaim[] = [];
    let forged = 0;
    for (const checkpoint of [...fromDatabase, ...fromFile]) {
      const identity = `${checkpoint.entries}/${checkpoint.headHash}/${checkpoint.at.toISOString()}/${checkpoint.signature}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      if (checkpoint.keyId !== this.keyId) {
        problems.push(
          `checkpoint of ${checkpoint.at.toISOString()} is signed by key ${checkpoint.keyId}, not this service's key ${this.keyId}: not used`,
        );
      } else if (checkpointSignatureValid(checkpoint, checkpoint.signature, this.key.publicKey)) {
        trusted.push(checkpoint);
      } else {
        forged += 1;
        problems.push(
          `checkpoint of ${checkpoint.at.toISOString()} (${checkpoint.entries} entries) claims this service's key but its signature is false`,
        );
      }
    }
    return { trusted, problems, forged };
  }

  private async checkpointQuietly(): Promise<void> {
    try {
      await this.checkpoint();
    } catch (error) {
      this.logger.warn(`audit checkpoint not written: ${String(error)}`);
    }
  }

  // One file per database, so databases sharing a DATA_DIR (tests, a rebuilt server) never mix their anchors.
  private async file(): Promise<string> {
    return join(this.config.dataDir, 'audit-checkpoints', `${await this.checkpoints.databaseName()}.jsonl`);
  }

  private async appendToFile(checkpoint: SignedCheckpoint): Promise<void> {
    const file = await this.file();
    await mkdir(join(this.config.dataDir, 'audit-checkpoints'), { recursive: true });
    await appendFile(file, `${JSON.stringify({ ...checkpoint, at: checkpoint.at.toISOString() })}\n`, { mode: 0o600 });
  }

  private async readFile(problems: string[]): Promise<SignedCheckpoint[]> {
    const file = await this.file();
    const text = await readFile(file, 'utf8').catch(() => '');
    const checkpoints: SignedCheckpoint[] = [];
    text.split('\n').forEach((line, index) => {
      if (!line.trim()) return;
      try {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        const at = new Date(String(parsed.at));
        if (typeof parsed.entries !== 'number' || typeof parsed.headHash !== 'string' || Number.isNaN(at.getTime()))
          throw new Error('fields');
        checkpoints.push({
          entries: parsed.entries,
          headHash: parsed.headHash,
          at,
          keyId: String(parsed.keyId),
          signature: String(parsed.signature),
        });
      } catch {
        problems.push(`line ${index + 1} of ${file} is not a checkpoint`);
      }
    });
    return checkpoints;
  }
}

function asSigned(row: AuditCheckpoint): SignedCheckpoint {
  return { entries: row.entries, headHash: row.headHash, at: row.at, keyId: row.keyId, signature: row.signature };
}
