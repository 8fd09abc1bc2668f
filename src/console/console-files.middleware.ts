import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { CONSOLE_CSP, isConsolePath } from './console-headers.js';

export const CONSOLE_FILES_ROOT = Symbol('CONSOLE_FILES_ROOT');

/**
 * The console's built files, and its index.html for every other GET so that deep links open in the browser.
 * Hand-written rather than @nestjs/serve-static: that module installs an Express error handler which turns
 * every error on the paths it leaves to the API into a 404, so a malformed JSON body (400) or a wrong content
 * type (415) answered "Not Found".
 */
@Injectable()
export class ConsoleFilesMiddleware implements NestMiddleware {
  private readonly root: string;

  constructor(@Inject(CONSOLE_FILES_ROOT) root: string) {
    this.root = resolve(root);
  }

  use(request: Request, response: Response, next: NextFunction): void {
    // Nest mounts this on every path, so Express has stripped request.path: the original URL tells which page it is.
    const path = new URL(request.originalUrl, 'http://console.invalid').pathname;
    if (!isConsolePath(path) || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    const asset = this.assetAt(path);
    response.setHeader('Content-Security-Policy', CONSOLE_CSP);
    // Hashed assets never change; index.html must be re-read to pick up a new build.
    response.setHeader('Cache-Control', asset?.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    response.sendFile(asset ?? join(this.root, 'index.html'), (error) => error && next(error));
  }

  /** The built file the path names, if there is one inside the console's folder. */
  private assetAt(path: string): string | null {
    let file: string;
    try {
      file = resolve(this.root, `.${decodeURIComponent(path)}`);
    } catch {
      return null; // a malformed %-escape names no file
    }
    if (!file.startsWith(this.root + sep)) return null;
    try {
      return statSync(file).isFile() ? file : null;
    } catch {
      return null;
    }
  }
}
