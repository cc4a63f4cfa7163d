import { describe, expect, it } from 'vitest';
import { coalesce, type Clock } from './coalesce.ts';

/** A clock the test moves by hand; due timers run as it passes them. */
function manualClock() {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 0;
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = ++nextId;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  return {
    clock,
    async advance(ms: number) {
      now += ms;
      for (const due of timers.filter((t) => t.at <= now)) {
        timers = timers.filter((t) => t !== due);
        due.run();
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('coalesce: the queue is re-read after changes, at most once per interval', () => {
  it('reads at once after a quiet spell, then folds a burst of changes into one later read', async () => {
    const time = manualClock();
    let reads = 0;
    const c = coalesce(async () => void (reads += 1), 200, time.clock);
    c.changed();
    await settle();
    expect(reads).toBe(1);
    for (let i = 0; i < 10; i += 1) c.changed();
    await time.advance(199);
    expect(reads).toBe(1);
    await time.advance(1);
    expect(reads).toBe(2); // the burst's last change is never left unshown
    await time.advance(1000);
    expect(reads).toBe(2);
  });

  it('never runs two reads at once: a change during a slow read reads once more after it', async () => {
    const time = manualClock();
    let active = 0;
    let most = 0;
    let finish: () => void = () => undefined;
    let reads = 0;
    const c = coalesce(
      () =>
        new Promise<void>((resolve) => {
          reads += 1;
          active += 1;
          most = Math.max(most, active);
          finish = () => {
            active -= 1;
            resolve();
          };
        }),
      200,
      time.clock,
    );
    c.changed();
    await time.advance(500);
    c.changed();
    await time.advance(500);
    expect(reads).toBe(1);
    finish();
    await settle();
    await settle();
    expect(reads).toBe(2);
    expect(most).toBe(1);
  });

  it('a failed read does not stop later ones, and stop() cancels what waits', async () => {
    const time = manualClock();
    let reads = 0;
    const c = coalesce(
      async () => {
        reads += 1;
        if (reads === 1) throw new Error('IndexedDB said no');
      },
      200,
      time.clock,
    );
    c.changed();
    await settle();
    c.changed();
    await time.advance(200);
    expect(reads).toBe(2);
    c.changed();
    c.stop();
    await time.advance(1000);
    expect(reads).toBe(2);
  });
});
