// `npm run bench`: measures Hearth's speed and size goals (../shared/BENCH.md), prints a table and
// writes bench/results.json. Goals are checked here, never by timed assertions in tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { caseNotesFigures } from '../bench/case-notes.ts';
import { initialJsFigure } from '../bench/initial-js.ts';
import { outboxFigures } from '../bench/outbox.ts';
import { syncFigures } from '../bench/sync.ts';
import { launchChromium } from '../test/e2e/support/chromium.ts';
import type { Figure } from '../bench/figure.ts';
import { run } from './run-step.ts';

if (
  (await run('npx', [
    '--no-install',
    'vite',
    'build',
    '--config',
    'vite.web.config.ts',
    '--logLevel',
    'warn',
  ])) !== 0
) {
  process.exit(1);
}
// One group at a time (each starts its own gateway and Chromium). A group that fails is reported
// and the others still run: one broken screen must not hide every other figure.
const groups: [string, () => Promise<Figure[]>][] = [
  ['initial JS', async () => [initialJsFigure('out/web')]],
  ['case notes', () => caseNotesFigures('out/web')],
  ['outbox', outboxFigures],
  ['sync', syncFigures],
];
const figures: Figure[] = [];
const failures: string[] = [];
for (const [name, measure] of groups) {
  try {
    figures.push(...(await measure()));
  } catch (error) {
    failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`\n${name} could not be measured:`, error);
  }
}

const meets = (f: Figure) =>
  f.goal === null || (f.better === 'lower' ? f.value <= f.goal : f.value >= f.goal);
console.log('\n| figure | value | goal | met |\n| --- | --- | --- | --- |');
for (const f of figures) {
  const goal = f.goal === null ? 'reported' : `${f.better === 'lower' ? '≤' : '≥'} ${f.goal}`;
  console.log(`| ${f.id} | ${f.value} ${f.unit} | ${goal} | ${meets(f) ? 'yes' : 'NO'} |`);
}
mkdirSync('bench', { recursive: true });
// The browser's version too: ratios moved when Debian's Chromium changed (156 to 150) under us.
const browser = await launchChromium();
const chromiumVersion = browser.version();
await browser.close();
const machine = `${availableParallelism()} cores, Chromium ${chromiumVersion}, Node ${process.versions.node}`;
writeFileSync(
  'bench/results.json',
  JSON.stringify({ when: new Date().toISOString(), machine, figures }, null, 2) + '\n',
);
console.log('\nWritten: bench/results.json');
if (failures.length > 0) {
  console.error(`\nNot measured:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
