import { Inject, Logger, Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ClocksModule } from '../clocks/clocks.module.js';
import { IncidentsModule } from '../incidents/incidents.module.js';
import { ConsoleController } from './console.controller.js';
import { CONSOLE_FILES_ROOT, ConsoleFilesMiddleware } from './console-files.middleware.js';
import { ConsoleService } from './console.service.js';

/** Where `vite build --config web/vite.config.ts` writes the console (outside dist/, which `nest build` empties). */
export const CONSOLE_ROOT = join(__dirname, '..', '..', 'web', 'dist');

/**
 * The browser console at `/` (web/), with every path the API, docs, health, metrics and Slack do not own
 * answered by its index.html so that deep links (`/incidents/…/notices/…`) open in the browser.
 */
@Module({})
export class ConsoleModule implements NestModule {
  static forRoot(root = CONSOLE_ROOT): DynamicModule {
    const built = existsSync(join(root, 'index.html'));
    if (!built) new Logger('console').warn(`The console is not built (${root}); run "npm run build" to serve it`);
    return {
      module: ConsoleModule,
      imports: [IncidentsModule, ClocksModule],
      controllers: [ConsoleController],
      providers: [ConsoleService, { provide: CONSOLE_FILES_ROOT, useValue: built ? root : null }],
    };
  }

  constructor(@Inject(CONSOLE_FILES_ROOT) private readonly root: string | null) {}

  configure(consumer: MiddlewareConsumer): void {
    if (this.root) consumer.apply(ConsoleFilesMiddleware).forRoutes('{*path}'); // the braces: `/` too
  }
}
