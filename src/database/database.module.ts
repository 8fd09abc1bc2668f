import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runMigrationsExclusively } from './run-migrations.js';
import { typeormOptions } from './typeorm-options.js';

/** The server the service runs on (the embedded one's URL when DATABASE_URL is unset). */
export const DATABASE_URL = Symbol('DATABASE_URL');

@Module({})
export class DatabaseModule {
  /** Connects and brings the schema up to date (migrations) before anything else starts. */
  static forUrl(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [{ provide: DATABASE_URL, useValue: url }],
      exports: [DATABASE_URL],
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => typeormOptions(url),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await runMigrationsExclusively(dataSource);
            return dataSource;
          },
        }),
      ],
    };
  }
}
