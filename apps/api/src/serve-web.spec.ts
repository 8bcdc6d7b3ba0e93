import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { serveWeb } from './serve-web.js';

@Module({})
class EmptyModule {}

/** An install under a dot-directory, as in a checkout under `~/.local/…`. */
const root = mkdtempSync(join(tmpdir(), 'hd-web-'));
const webDir = join(root, '.local', 'share', 'hotline-desk', 'web');
let app: NestExpressApplication;

beforeAll(async () => {
  mkdirSync(join(webDir, 'assets'), { recursive: true });
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>接诉即办工单台</title>');
  writeFileSync(join(webDir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(webDir, '.env'), 'SECRET=do-not-serve');
  app = await NestFactory.create<NestExpressApplication>(EmptyModule, { logger: false });
  serveWeb(app, webDir);
  await app.init();
});
afterAll(async () => {
  await app?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the web UI served from a path with a dot-directory', () => {
  it.each(['/', '/orders/3f1c', '/review?tab=queue'])('when %s is asked for, then index.html answers', async (path) => {
    const res = await request(app.getHttpServer()).get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('接诉即办工单台');
  });

  it('when an asset is asked for, then the file answers', async () => {
    const res = await request(app.getHttpServer()).get('/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.text).toBe('console.log("app")');
  });

  it('when a dotfile inside the UI folder is asked for, then it is not served', async () => {
    const res = await request(app.getHttpServer()).get('/.env');
    expect(res.text).not.toContain('do-not-serve');
  });

  it('when an /api path has no route, then the UI does not answer for it', async () => {
    const res = await request(app.getHttpServer()).get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('接诉即办工单台');
  });
});
