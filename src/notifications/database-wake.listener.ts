import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client, type Notification } from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DATABASE_URL } from '../database/database.module.js';
import { runtimeRoleConnectionOptions } from '../database/typeorm-options.js';
import { WakeSignal } from './wake-signal.service.js';

// Announced by triggers at commit (migration 0006) when alerts are planned or messages queued, by any instance.
const CHANNEL = 'breach_desk_wake';
const RECONNECT_MS = 1_000;

/**
 * Hears other instances' commits, so an alert planned by an instance that then dies is still sent on time by
 * another (without this, the others would notice at their next poll). Local commits wake locally as well.
 */
@Injectable()
export class DatabaseWakeListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DatabaseWake');
  private client: Client | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly wake: WakeSignal,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.schedulerEnabled) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, ...runtimeRoleConnectionOptions() });
    client.on('notification', (notification: Notification) => {
      if (notification.payload === 'steps' || notification.payload === 'outbox') this.wake.emit(notification.payload);
    });
    client.on('error', (error: Error) => this.retry(client, error));
    client.on('end', () => this.retry(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.client = client;
      // Whatever was announced while not listening: look once.
      this.wake.emit('steps');
      this.wake.emit('outbox');
    } catch (error) {
      this.retry(client, error);
    }
  }

  private retry(client: Client, error?: unknown): void {
    client.removeAllListeners();
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.client === client) this.client = null;
    if (this.stopped || this.reconnect) return;
    if (error) this.logger.warn(`not hearing other instances (${String(error)}); retrying`);
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      void this.listen();
    }, RECONNECT_MS);
  }
}
