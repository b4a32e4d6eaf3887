/**
 * Delays that `close()` can cancel, so no timer outlives the server and
 * Jest exits cleanly. A cancelled delay never resolves: the request it
 * held back is dropped with its connection.
 */
export class Timers {
  private readonly pending = new Set<NodeJS.Timeout>();

  delay(ms: number): Promise<void> {
    if (ms <= 0) {
      return Promise.resolve();
    }
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        this.pending.delete(timer);
        resolve();
      }, ms);
      this.pending.add(timer);
    });
  }

  cancelAll(): void {
    this.pending.forEach(timer => clearTimeout(timer));
    this.pending.clear();
  }
}
