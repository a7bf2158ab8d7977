import { describe, expect, it } from 'vitest';
import { createFairQueue } from './fair-queue.ts';

describe('createFairQueue', () => {
  it('takes turns between keys, whatever order the tasks were queued in', async () => {
    const q = createFairQueue(1);
    const order: string[] = [];
    const task = (name: string) => () => {
      order.push(name);
      return Promise.resolve(name);
    };
    const all = [...['a1', 'a2', 'a3', 'a4'].map((n) => q.run('a', task(n))), q.run('b', task('b1')), q.run('c', task('c1')), q.run('b', task('b2'))];
    await Promise.all(all);
    expect(order).toEqual(['a1', 'a2', 'b1', 'c1', 'a3', 'b2', 'a4']);
  });

  it('never runs more than its concurrency and passes failures to the caller', async () => {
    const q = createFairQueue(2);
    let running = 0;
    let most = 0;
    const task = async (): Promise<void> => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setImmediate(r));
      running -= 1;
    };
    await Promise.all(Array.from({ length: 9 }, (_, i) => q.run(`k${i % 3}`, task)));
    expect(most).toBe(2);
    await expect(q.run('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
