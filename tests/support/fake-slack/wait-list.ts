/**
 * An append-only record a test can wait on: `waitFor` finds the first entry matching, already
 * recorded or yet to come. Timeouts name what was awaited and list what did arrive, which is
 * usually the whole diagnosis.
 */
export interface WaitList<T> {
  readonly entries: readonly T[];
  push(entry: T): void;
  waitFor(predicate: (entry: T) => boolean, timeoutMs: number, describe: () => string): Promise<T>;
  /** Forgets the entries; waits in progress keep waiting for new ones. */
  clear(): void;
  /** Rejects every wait in progress (the fake is closing). */
  abandon(reason: string): void;
}

interface Waiter<T> {
  readonly predicate: (entry: T) => boolean;
  readonly resolve: (entry: T) => void;
  readonly reject: (error: Error) => void;
}

export function createWaitList<T>(): WaitList<T> {
  const entries: T[] = [];
  const waiters = new Set<Waiter<T>>();
  return {
    entries,
    push: (entry) => {
      entries.push(entry);
      for (const waiter of [...waiters]) {
        let matched: boolean;
        try {
          matched = waiter.predicate(entry);
        } catch (error) {
          waiter.reject(error instanceof Error ? error : new Error(String(error)));
          continue;
        }
        if (matched) waiter.resolve(entry);
      }
    },
    waitFor: (predicate, timeoutMs, describe) => {
      try {
        const existing = entries.find(predicate);
        if (existing !== undefined) return Promise.resolve(existing);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      return new Promise<T>((resolve, reject) => {
        const finish = (): void => {
          clearTimeout(timer);
          waiters.delete(waiter);
        };
        const waiter: Waiter<T> = {
          predicate,
          resolve: (entry) => {
            finish();
            resolve(entry);
          },
          reject: (error) => {
            finish();
            reject(error);
          },
        };
        const timer = setTimeout(() => waiter.reject(new Error(`${describe()} (waited ${timeoutMs} ms)`)), timeoutMs);
        waiters.add(waiter);
      });
    },
    clear: () => {
      entries.length = 0;
    },
    abandon: (reason) => {
      for (const waiter of [...waiters]) waiter.reject(new Error(reason));
    },
  };
}
