import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Where the built web UI is (apps/web → dist/web), from the working directory or beside the built api; none in dev.
 * `WEB_DIST_DIR` names another build (parallel builds of the UI each test against their own).
 */
export function findWebDir(): string | undefined {
  const candidates = [resolve('dist/web'), resolve(import.meta.dirname, '../../../../web')];
  if (process.env.WEB_DIST_DIR) candidates.unshift(resolve(process.env.WEB_DIST_DIR));
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

/**
 * The web UI's files, and `index.html` for every other GET outside `/api` and `/socket.io` (client-side routes).
 * The fallback names the file relative to `root`: given an absolute path, `send` judges the whole path and refuses
 * an install under a dot-directory (`~/.local/...`) as a dotfile. Dotfiles inside the UI's folder stay unserved.
 */
export function serveWeb(app: NestExpressApplication, webDir: string): void {
  app.useStaticAssets(webDir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || req.path.startsWith('/socket.io')) return next();
    res.sendFile('index.html', { root: webDir });
  });
}
