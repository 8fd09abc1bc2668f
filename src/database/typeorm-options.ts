import type { DataSourceOptions } from 'typeorm';
import { CallbackFormClient } from './callback-form-client.js';
import { RUNTIME_ROLE } from './database-roles.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * One definition shared by the app, the tests and the migration CLI. Schema only by migration.
 * `asRuntimeRole`: the service's own connections, which act as the least-privileged runtime role; migrations
 * and the CLI connect as the owner.
 */
export function typeormOptions(url: string, { asRuntimeRole = false }: { asRuntimeRole?: boolean } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // The runtime role may not create extensions; the migrations' connection already did.
    installExtensions: !asRuntimeRole,
    extra: { max: 10, Client: CallbackFormClient, ...(asRuntimeRole ? runtimeRoleConnectionOptions() : {}) },
  };
}

/** pg connection settings that make a connection act as the runtime role from its first statement. */
export function runtimeRoleConnectionOptions(): { options: string } {
  return { options: `-c role=${RUNTIME_ROLE}` };
}
