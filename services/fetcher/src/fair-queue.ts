/**
 * Runs tasks at most `concurrency` at a time, taking turns between keys (we key by host): a host
 * with 10,000 queued pages gets one turn, then every other waiting host gets one, and so on. So
 * one big or slow feed cannot hold every slot while the others wait.
 */
export interface FairQueue {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

export function createFairQueue(concurrency: number): FairQueue {
  const queues = new Map<string, (() => void)[]>();
  // Keys with waiting tasks, in turn order; a key goes to the back after its turn.
  const turns: string[] = [];
  let active = 0;

  const next = (): void => {
    while (active < concurrency && turns.length > 0) {
      const key = turns.shift() as string;
      const queue = queues.get(key) as (() => void)[];
      const start = queue.shift() as () => void;
      if (queue.length > 0) turns.push(key);
      else queues.delete(key);
      active += 1;
      start();
    }
  };

  return {
    run(key, task) {
      return new Promise((resolve, reject) => {
        const start = (): void => {
          task()
            .then(resolve, reject)
            .finally(() => {
              active -= 1;
              next();
            });
        };
        const queue = queues.get(key);
        if (queue === undefined) {
          queues.set(key, [start]);
          turns.push(key);
        } else queue.push(start);
        next();
      });
    },
  };
}
