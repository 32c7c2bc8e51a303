// Writes that arrive while one is being written are gathered into the next: many sends, one disk flush.
export class GroupCommit<T> {
  private waiting: { item: T; done: () => void; failed: (error: unknown) => void }[] = [];
  private writing: Promise<void> | undefined;

  constructor(private readonly write: (batch: T[]) => Promise<void>) {}

  /** Resolves once the item is written (with whatever else was waiting), rejects if that write failed. */
  add(item: T): Promise<void> {
    const written = new Promise<void>((done, failed) => this.waiting.push({ item, done, failed }));
    this.writing ??= this.drain();
    return written;
  }

  private async drain(): Promise<void> {
    while (this.waiting.length) {
      const batch = this.waiting;
      this.waiting = [];
      try {
        await this.write(batch.map((w) => w.item));
        for (const w of batch) w.done();
      } catch (error) {
        for (const w of batch) w.failed(error);
      }
    }
    this.writing = undefined;
  }
}
