import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { loadOrCreateKeyFile } from '../common/key-file.js';
import { SECRET_BOX_KEY_BYTES, openSecret, sealSecret } from '../common/secret-box.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AuthRepository } from './auth.repository.js';

/**
 * TOTP secrets are stored encrypted under a key the database never holds (SECRETS_KEY, or DATA_DIR/secrets-key):
 * a copy of the database alone yields no second factor. Each is bound to its user, so it cannot be moved to another.
 */
@Injectable()
export class TotpSecretsService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('TotpSecrets');
  private key: Buffer;

  constructor(
    private readonly repository: AuthRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.key =
      this.config.auth.secretsKey ??
      Buffer.from(
        await loadOrCreateKeyFile(this.config.dataDir, 'secrets-key', () => randomBytes(SECRET_BOX_KEY_BYTES).toString('base64')),
        'base64',
      );
  }

  /** Secrets stored plain by an earlier version are sealed at start, before anyone can sign in. */
  async onApplicationBootstrap(): Promise<void> {
    const sealed = await this.repository.transaction(async (manager) => {
      const plain = await this.repository.plainTotpSecrets(manager);
      for (const { owner, id, userId, secret } of plain) {
        await this.repository.replaceTotpSecret(manager, owner, id, this.seal(userId, secret));
      }
      return plain.length;
    });
    if (sealed > 0) this.logger.log(`sealed ${sealed} TOTP secrets stored plain by an earlier version`);
  }

  seal(userId: string, secret: string): string {
    return sealSecret(this.key, contextOf(userId), secret);
  }

  /**
   * The secret, or null when it does not open: sealed under another key (instances configured apart) or for
   * another user (copied between rows). Either is logged as an error; the code it was asked for is refused.
   */
  open(userId: string, sealed: string): string | null {
    try {
      return openSecret(this.key, contextOf(userId), sealed);
    } catch (error) {
      this.logger.error(
        `the TOTP secret of user ${userId} does not open with this instance's key (SECRETS_KEY or DATA_DIR/secrets-key): ` +
          `it was sealed under another key or for another user (${String(error)})`,
      );
      return null;
    }
  }
}

const contextOf = (userId: string) => `totp:${userId}`;
