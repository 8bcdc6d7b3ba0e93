import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const API_ENTRY = 'dist/apps/api/apps/api/src/main.js';
export const WORKER_ENTRY = 'dist/apps/worker/apps/worker/src/main.js';

export interface BenchProcess {
  pid: number;
  log(): string;
  /** User + system CPU the process has used so far, in ms (Linux /proc). */
  cpuMs(): number;
  stop(): Promise<void>;
}

/**
 * A child process resolved once it prints `readyText`. BENCH_NODE_ARGS (e.g. `--prof`) go to the desk's own
 * processes (`profile`), never to the baseline's, so a profile names only the code being measured.
 */
export async function startProcess(args: string[], env: NodeJS.ProcessEnv, readyText: string, profile = false): Promise<BenchProcess> {
  const nodeArgs = profile ? (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean) : [];
  if (args[0]?.startsWith('dist/') && !existsSync(args[0])) throw new Error(`${args[0]} is missing: run \`npx nest build api && npx nest build worker\` first`);
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const end = Date.now() + 90_000;
  while (!log.includes(readyText)) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}:\n${log}`);
    if (Date.now() > end) throw new Error(`${args.join(' ')} did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pid: child.pid!,
    log: () => log,
    cpuMs: () => processCpuMs(child.pid!),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** utime + stime of a process, in ms (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms). */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}
