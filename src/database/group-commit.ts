/**
 * Group commit in the application: items submitted while `inFlight` writes are running wait, and the next write
 * takes them together, as one statement and one commit. Nothing waits on a timer: an item submitted when fewer
 * writes are running is written at once, alone, and a group grows only while the writes before it run. For writes
 * that must follow one another anyway (a new incident holds the reference counter's row through its commit), so
 * that one commit's flush serves every item that queued behind it instead of one each. With two in flight, the
 * next group is already at the database, waiting for the row, when the one before commits: the database does not
 * wait for this process's thread between them.
 *
 * Only items of one `key` are written together (at most `max` of them), the oldest first. A group that fails is
 * written again item by item, so each item succeeds or fails as it would have alone.
 */
export class GroupCommit<T, R> {
  private waiting: Waiting<T, R>[] = [];
  private writing = 0;

  constructor(
    private readonly write: (items: T[]) => Promise<R[]>,
    private readonly key: (item: T) => string,
    private readonly limits: { max: number; inFlight: number },
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, key: this.key(item), resolve, reject });
      this.writeWaiting();
    });
  }

  private writeWaiting(): void {
    while (this.writing < this.limits.inFlight && this.waiting.length) {
      this.writing += 1;
      void this.writeGroup(this.nextGroup()).then(() => {
        this.writing -= 1;
        this.writeWaiting();
      });
    }
  }

  private nextGroup(): Waiting<T, R>[] {
    const { key } = this.waiting[0];
    const group: Waiting<T, R>[] = [];
    const rest: Waiting<T, R>[] = [];
    for (const waiting of this.waiting) (waiting.key === key && group.length < this.limits.max ? group : rest).push(waiting);
    this.waiting = rest;
    return group;
  }

  /** Settles every item of the group; never throws. */
  private async writeGroup(group: Waiting<T, R>[]): Promise<void> {
    let results: R[];
    try {
      results = await this.write(group.map((waiting) => waiting.item));
    } catch (error) {
      if (group.length === 1) return group[0].reject(error);
      // Nothing of the group was written: one item's failure must not become the others'.
      for (const waiting of group) await this.writeGroup([waiting]);
      return;
    }
    for (const [n, waiting] of group.entries()) waiting.resolve(results[n]);
  }
}

interface Waiting<T, R> {
  item: T;
  key: string;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}
