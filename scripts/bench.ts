// `npm run bench`: measures Hearth's speed and size goals (../shared/BENCH.md), prints a table and
// writes bench/results.json. Goals are checked here, never by timed assertions in tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { caseNotesFigures } from '../bench/case-notes.ts';
import { initialJsFigure } from '../bench/initial-js.ts';
import { outboxFigures } from '../bench/outbox.ts';
import { syncFigures } from '../bench/sync.ts';
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
const figures: Figure[] = [
  initialJsFigure('out/web'),
  ...(await caseNotesFigures('out/web')),
  // The outbox and sync figures each start their own gateway and Chromium, one after the other.
  ...(await outboxFigures()),
  ...(await syncFigures()),
];

const meets = (f: Figure) =>
  f.goal === null || (f.better === 'lower' ? f.value <= f.goal : f.value >= f.goal);
console.log('\n| figure | value | goal | met |\n| --- | --- | --- | --- |');
for (const f of figures) {
  const goal = f.goal === null ? 'reported' : `${f.better === 'lower' ? '≤' : '≥'} ${f.goal}`;
  console.log(`| ${f.id} | ${f.value} ${f.unit} | ${goal} | ${meets(f) ? 'yes' : 'NO'} |`);
}
mkdirSync('bench', { recursive: true });
const machine = `${availableParallelism()} cores, Node ${process.versions.node}`;
writeFileSync(
  'bench/results.json',
  JSON.stringify({ when: new Date().toISOString(), machine, figures }, null, 2) + '\n',
);
console.log('\nWritten: bench/results.json');
