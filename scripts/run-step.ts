// Runs one command of the test pipeline with inherited output, and reads the counts a vitest
// JSON report left behind, so `npm test` can end with one honest "N passed, N failed" line.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
  counts?: { passed: number; failed: number; skipped: number };
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', () => resolve(127));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Counts from vitest's JSON reporter; absent or unreadable reports count as nothing run. */
export function vitestCounts(reportPath: string): StepResult['counts'] {
  if (!existsSync(reportPath)) return undefined;
  const report: unknown = JSON.parse(readFileSync(reportPath, 'utf8'));
  if (typeof report !== 'object' || report === null) return undefined;
  const n = (key: string): number => {
    const value = (report as Record<string, unknown>)[key];
    return typeof value === 'number' ? value : 0;
  };
  return {
    passed: n('numPassedTests'),
    failed: n('numFailedTests'),
    skipped: n('numPendingTests') + n('numTodoTests'),
  };
}
