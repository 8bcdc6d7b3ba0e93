import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { createDataSource } from '@app/database';
import type { DataSource } from 'typeorm';

const exec = promisify(execFile);

/**
 * The operator's side of the desk for the e2e files of README "Operations": databases of a file's own on the run's
 * server, the repository's command-line tools run as users run them (a child process through tsx), and the
 * PostgreSQL client tools.
 */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The URL of database `name` on the run's server (the server of TEST_DATABASE_URL). */
export function databaseUrl(name: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}

/** A name for a database of this file's own: the worker's database with a suffix. */
export function scratchDatabaseName(suffix: string): string {
  return `${new URL(process.env.TEST_DATABASE_URL ?? '').pathname.slice(1)}_${suffix}`.replace(/[^a-z0-9_]/gi, '_');
}

/** A statement on the server's maintenance database (CREATE / DROP DATABASE). */
export async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** A plain DataSource on `url`, as the command-line tools open one. */
export async function openDataSource(url: string, applicationName = 'hotline-desk-test'): Promise<DataSource> {
  return createDataSource({ url, poolSize: 2, entities: [], migrations: [], applicationName }).initialize();
}

/** Runs `script` (a repository CLI) with tsx, as `npm run …` does, with `env` on top of this process's environment. */
export async function runCli(script: string, env: Record<string, string>, args: string[] = []): Promise<CommandResult> {
  return run(process.execPath, ['--import', 'tsx', script, ...args], { ...process.env, ...env });
}

/** A program on the PATH (pg_dump, pg_restore). */
export async function runProgram(program: string, args: string[]): Promise<CommandResult> {
  return run(program, args, process.env);
}

async function run(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await exec(file, args, { env, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string; message: string };
    if (typeof e.code !== 'number') throw error; // not started at all (ENOENT): not a result to assert on
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? e.message };
  }
}
