/** Politeness towards one host: at most `concurrency` requests at once, request starts at least `minDelayMs` apart. */
export interface HostGate {
  /** Waits for a slot; call the returned function exactly once when the request is over. */
  acquire(minDelayMs: number): Promise<() => void>;
}

export function createHostGate(concurrency: number): HostGate {
  let active = 0;
  let nextStartAt = 0;
  const waiting: (() => void)[] = [];

  // A freed slot is handed straight to the next waiter, so a newcomer cannot take it in between.
  const release = (): void => {
    const next = waiting.shift();
    if (next === undefined) active -= 1;
    else next();
  };

  return {
    async acquire(minDelayMs) {
      if (active < concurrency) active += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      // Reserve the start time before waiting, so requests queued together are spaced out
      // instead of all waking at the same moment.
      const now = Date.now();
      const startAt = Math.max(now, nextStartAt);
      nextStartAt = startAt + minDelayMs;
      if (startAt > now) await new Promise((resolve) => setTimeout(resolve, startAt - now));
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
      };
    },
  };
}

/** One gate per key (we key by origin), made on first use. */
export function createHostGates(concurrency: number): (key: string) => HostGate {
  const gates = new Map<string, HostGate>();
  return (key) => {
    let gate = gates.get(key);
    if (gate === undefined) {
      gate = createHostGate(concurrency);
      gates.set(key, gate);
    }
    return gate;
  };
}
