import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ClocksModule } from '../clocks/clocks.module.js';
import { IncidentsModule } from '../incidents/incidents.module.js';
import { ConsoleController } from './console.controller.js';
import { CONSOLE_CSP, CONSOLE_ROUTES_EXCLUDED } from './console-headers.js';
import { ConsoleService } from './console.service.js';

/** Where `vite build --config web/vite.config.ts` writes the console (outside dist/, which `nest build` empties). */
export const CONSOLE_ROOT = join(__dirname, '..', '..', 'web', 'dist');

/**
 * The browser console at `/` (web/), with every path the API, docs, health, metrics and Slack do not own
 * answered by its index.html so that deep links (`/incidents/…/notices/…`) open in the browser.
 */
@Module({})
export class ConsoleModule {
  static forRoot(root = CONSOLE_ROOT): DynamicModule {
    const built = existsSync(join(root, 'index.html'));
    if (!built) new Logger('console').warn(`The console is not built (${root}); run "npm run build" to serve it`);
    return {
      module: ConsoleModule,
      imports: [
        IncidentsModule,
        ClocksModule,
        ...(built
          ? [
              ServeStaticModule.forRoot({
                rootPath: root,
                exclude: CONSOLE_ROUTES_EXCLUDED,
                serveStaticOptions: {
                  // Hashed assets never change; index.html must be re-read to pick up a new build.
                  setHeaders: (res: { setHeader(name: string, value: string): void }, path: string) => {
                    res.setHeader('Content-Security-Policy', CONSOLE_CSP);
                    res.setHeader('Cache-Control', path.includes(`${join('dist', 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
                  },
                },
              }),
            ]
          : []),
      ],
      controllers: [ConsoleController],
      providers: [ConsoleService],
    };
  }
}
