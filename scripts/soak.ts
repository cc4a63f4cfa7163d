// `npm run soak`: the fault suite of test/fault at length (issue 4 "Proof": at least 1,000 runs).
// Runs are batched into lifetimes (one gateway process, a few devices in one Chromium) and drawn
// from one seed, so a failure can be run again with SOAK_SEED. It stops by itself: when the runs are
// done, or at the time bound between lifetimes. The last line is the verdict; the exit code is
// non-zero on any loss, duplicate or corruption, a social worker not notified exactly once, or when
// fewer runs than asked were made. All traffic stays on 127.0.0.1.
//   SOAK_SEED      the seed (default: drawn now, and printed)
//   SOAK_RUNS      how many runs (default 1000)
//   SOAK_MINUTES   the time bound (default 90)
//   SOAK_DEVICES   devices sending at once (default 6)
//   SOAK_BATCH     runs per lifetime (default 100)
import { launchChromium } from '../test/e2e/support/chromium.ts';
import { failed } from '../test/fault/check.ts';
import { runLifetime } from '../test/fault/lifetime.ts';
import { SOAK } from '../test/fault/scenario.ts';
import { addTally, describeTally, emptyTally } from '../test/fault/tally.ts';

function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a whole number, not "${raw}"`);
    process.exit(2);
  }
  return value;
}

const seed = setting('SOAK_SEED', Math.floor(Math.random() * 2 ** 31));
const runs = setting('SOAK_RUNS', 1000);
const minutes = setting('SOAK_MINUTES', 90);
const devices = Math.max(1, setting('SOAK_DEVICES', 6));
const batch = Math.max(1, setting('SOAK_BATCH', 100));

console.log(
  `soak: ${runs} runs, ${devices} devices, ${batch} runs a lifetime, at most ${minutes} min (seed ${seed})`,
);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 60_000).toFixed(1)} min`;
const total = emptyTally();
const browser = await launchChromium();
let crashed: unknown = null;
try {
  while (total.runs < runs) {
    if (Date.now() - started > minutes * 60_000) {
      console.log(`time bound reached after ${total.runs} runs`);
      break;
    }
    const tally = await runLifetime({
      browser,
      seed,
      firstRun: total.runs,
      runs: Math.min(batch, runs - total.runs),
      devices,
      profile: SOAK,
      log: (line) => console.log(line),
    });
    addTally(total, tally);
    const v = total.verdict;
    console.log(
      `${elapsed()}: ${total.runs}/${runs} runs, ${total.items} documents; lost ${v.lost}, duplicated ${v.duplicated}, corrupted ${v.corrupted}`,
    );
    if (failed(tally.verdict)) break; // keep the failing lifetime's data; more runs add nothing
  }
} catch (error) {
  crashed = error;
} finally {
  await browser.close();
}

for (const problem of total.verdict.problems.slice(0, 50)) console.log(`  ${problem}`);
if (crashed) console.error('the soak stopped on an error:', crashed);
console.log(`took ${elapsed()}`);
for (const line of describeTally(total, seed)) console.log(line);
process.exit(crashed || failed(total.verdict) || total.runs < runs ? 1 : 0);
