// `npm test`: everything that can run on this machine, in order of cost — lint (with the
// folder-boundary rule), formatting, the three type checks, unit and gateway integration tests,
// the web build, then the end-to-end tests in Chromium and Electron (Electron's skip with their
// reason where the binary is absent) with the quick upload fault suite (test/fault; the long one is
// `npm run soak`). Every step runs even after a failure, so one run shows all
// that is wrong; the exit code is non-zero if any step failed.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run, vitestCounts, type StepResult } from './run-step.ts';

const reports = join('test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const npx = (args: string[]) => run('npx', ['--no-install', ...args]);
const vitest = (config: string, name: string) =>
  npx([
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(reports, `${name}.json`)}`,
  ]);

const steps: { name: string; go: () => Promise<number>; report?: string }[] = [
  { name: 'lint', go: () => npx(['eslint', '--max-warnings=0', '.']) },
  { name: 'format', go: () => npx(['prettier', '--check', '.']) },
  { name: 'types: shared', go: () => npx(['tsc', '-p', 'tsconfig.shared.json']) },
  { name: 'types: node', go: () => npx(['tsc', '-p', 'tsconfig.node.json']) },
  { name: 'types: web', go: () => npx(['tsc', '-p', 'tsconfig.web.json']) },
  { name: 'unit + gateway integration', go: () => vitest('vitest.config.ts', 'unit'), report: 'unit' },
  { name: 'web build', go: () => npx(['vite', 'build', '--config', 'vite.web.config.ts']) },
  {
    name: 'e2e: Chromium, Electron and the quick fault suite',
    go: () => vitest('vitest.e2e.config.ts', 'e2e'),
    report: 'e2e',
  },
];

const results: StepResult[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const started = performance.now();
  const code = await step.go();
  const result: StepResult = {
    name: step.name,
    ok: code === 0,
    seconds: (performance.now() - started) / 1000,
  };
  if (step.report) result.counts = vitestCounts(join(reports, `${step.report}.json`));
  results.push(result);
}

console.log('\nSummary');
for (const r of results) {
  const counts = r.counts
    ? ` (${r.counts.passed} passed, ${r.counts.failed} failed, ${r.counts.skipped} skipped)`
    : '';
  console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${counts} — ${r.seconds.toFixed(1)} s`);
}
const total = results.reduce(
  (sum, r) => ({
    passed: sum.passed + (r.counts?.passed ?? 0),
    failed: sum.failed + (r.ok ? (r.counts?.failed ?? 0) : Math.max(1, r.counts?.failed ?? 0)),
    skipped: sum.skipped + (r.counts?.skipped ?? 0),
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
// The plain closing line CI reads: tests passed and failed (a step that failed without a failing test, e.g. lint, counts as one).
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
