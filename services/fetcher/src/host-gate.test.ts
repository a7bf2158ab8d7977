import { describe, expect, it } from 'vitest';
import { createHostGate } from './host-gate.ts';

describe('host gate', () => {
  it('spaces starts by the delay and never lets more than `concurrency` hold a slot', async () => {
    const gate = createHostGate(2);
    let holding = 0;
    let maxHolding = 0;
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 5 }, async () => {
        const release = await gate.acquire(20);
        starts.push(Date.now());
        holding += 1;
        maxHolding = Math.max(maxHolding, holding);
        await new Promise((resolve) => setTimeout(resolve, 50)); // longer than the delay, so slots overlap
        holding -= 1;
        release();
        release(); // a second call must not free a second slot
      }),
    );
    expect(maxHolding).toBe(2);
    starts.sort((a, b) => a - b);
    // Timers may fire a millisecond early; 19 of 20 ms is the bound that holds.
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(19);
  });
});
