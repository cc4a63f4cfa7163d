import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from './testing/temp.ts';

const temp = tempFolder('main');
afterAll(() => temp.remove());

const MAIN = new URL('./main.ts', import.meta.url).pathname;

/** Runs `node gateway/main.ts` as a person would, with only the given variables set. */
function launch(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function waitFor(read: () => string, pattern: RegExp, ms = 15_000): Promise<RegExpExecArray> {
  const until = Date.now() + ms;
  for (;;) {
    const match = pattern.exec(read());
    if (match) return match;
    if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}; got:\n${read()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('node gateway/main.ts', () => {
  it('exits with code 2 and names every bad variable when the configuration is invalid', async () => {
    const run = launch({ HEARTH_PORT: 'abc', HEARTH_DEMO_SEED: 'yes' });
    expect(await run.exited).toBe(2);
    expect(run.output().stderr).toContain('HEARTH_PORT must be a whole number from 0 to 65535 (got "abc")');
    expect(run.output().stderr).toContain('HEARTH_DEMO_SEED must be true or false (got "yes")');
  });

  it('prints its URL, answers, and stops cleanly on SIGTERM', async () => {
    const run = launch({ HEARTH_PORT: '0', HEARTH_DATA_DIR: temp.dir, HEARTH_LOG_LEVEL: 'warn' });
    const [, url] = await waitFor(
      () => run.output().stdout,
      /Hearth gateway listening on (http:\/\/127\.0\.0\.1:\d+)\n/,
    );
    expect((await fetch(`${url}/health`)).status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toContain('Hearth gateway stopping (SIGTERM)');
  });

  it('says plainly when it cannot start, e.g. the port is taken', async () => {
    const first = launch({ HEARTH_PORT: '0', HEARTH_DATA_DIR: temp.dir, HEARTH_LOG_LEVEL: 'warn' });
    const [, port] = await waitFor(() => first.output().stdout, /listening on http:\/\/127\.0\.0\.1:(\d+)\n/);
    const second = launch({ HEARTH_PORT: port ?? '', HEARTH_DATA_DIR: temp.dir, HEARTH_LOG_LEVEL: 'silent' });
    expect(await second.exited).toBe(1);
    expect(second.output().stderr).toMatch(/^Hearth gateway could not start: .*EADDRINUSE/m);
    first.child.kill('SIGTERM');
    await first.exited;
  });
});
