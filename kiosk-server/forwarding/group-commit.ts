// Writes that arrive while one is being written are gathered into the next: many sends, one disk flush.
export class GroupCommit<T, R> {
  private waiting: { item: T; done: (result: R) => void; failed: (error: unknown) => void }[] = [];
  private writing: Promise<void> | undefined;

  /** `write` returns one result per item, in order. */
  constructor(private readonly write: (batch: T[]) => Promise<R[]>) {}

  /** Resolves with the item's result once it is written (with whatever else was waiting), rejects if that write failed. */
  add(item: T): Promise<R> {
    const written = new Promise<R>((done, failed) => this.waiting.push({ item, done, failed }));
    this.writing ??= this.drain();
    return written;
  }

  private async drain(): Promise<void> {
    while (this.waiting.length) {
      const batch = this.waiting;
      this.waiting = [];
      try {
        const results = await this.write(batch.map((w) => w.item));
        batch.forEach((w, i) => w.done(results[i]!));
      } catch (error) {
        for (const w of batch) w.failed(error);
      }
    }
    this.writing = undefined;
  }
}
