import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runMigrationsExclusively } from './run-migrations.js';
import { typeormOptions } from './typeorm-options.js';

/** The server the service runs on (the embedded one's URL when DATABASE_URL is unset). */
export const DATABASE_URL = Symbol('DATABASE_URL');

@Module({})
export class DatabaseModule {
  /**
   * Brings the schema up to date as the owner (`migrationUrl`, or `url` when there is none) before anything
   * else starts, then connects as the least-privileged runtime role.
   */
  static forUrl(url: string, migrationUrl: string | null = null): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [{ provide: DATABASE_URL, useValue: url }],
      exports: [DATABASE_URL],
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => typeormOptions(url, { asRuntimeRole: true }),
          dataSourceFactory: async (options) => {
            const owner = await new DataSource(typeormOptions(migrationUrl ?? url)).initialize();
            try {
              await runMigrationsExclusively(owner);
            } finally {
              await owner.destroy();
            }
            return new DataSource(options!).initialize();
          },
        }),
      ],
    };
  }
}
