import { GroupCommit } from './group-commit.js';

/** A write that records each group and holds it until released, answering each item doubled. */
function heldWrites(fails: (items: number[]) => boolean = () => false) {
  const groups: number[][] = [];
  const releases: (() => void)[] = [];
  const write = (items: number[]) =>
    new Promise<number[]>((resolve, reject) => {
      groups.push(items);
      releases.push(() => (fails(items) ? reject(new Error(`failed: ${items.join(',')}`)) : resolve(items.map((item) => item * 2))));
    });
  let released = 0;
  // Releases every write made so far, and each one that a release starts, until none is left held.
  const releaseAll = async () => {
    for (;;) {
      await settled();
      if (released === releases.length) return;
      releases[released++]();
    }
  };
  return { groups, write, releaseAll };
}

const ONE_AT_A_TIME = { max: 10, inFlight: 1 };

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('writes an item submitted to an idle group at once, alone', async () => {
    const writes = heldWrites();
    const group = new GroupCommit(writes.write, () => '', ONE_AT_A_TIME);
    const answer = group.submit(1);
    expect(writes.groups).toEqual([[1]]);
    await writes.releaseAll();
    await expect(answer).resolves.toBe(2);
  });

  it('writes the items submitted during a write together, in order, each answered its own result', async () => {
    const writes = heldWrites();
    const group = new GroupCommit(writes.write, () => '', ONE_AT_A_TIME);
    const answers = [1, 2, 3, 4].map((item) => group.submit(item));
    await writes.releaseAll();
    expect(writes.groups).toEqual([[1], [2, 3, 4]]);
    await expect(Promise.all(answers)).resolves.toEqual([2, 4, 6, 8]);
  });

  it('puts only items of one key in a group, at most max of them, the oldest first', async () => {
    const writes = heldWrites();
    const group = new GroupCommit(writes.write, (item: number) => (item < 100 ? 'small' : 'large'), { max: 2, inFlight: 1 });
    const answers = [1, 2, 100, 3, 4, 101, 5].map((item) => group.submit(item));
    await writes.releaseAll();
    expect(writes.groups).toEqual([[1], [2, 3], [100, 101], [4, 5]]);
    await expect(Promise.all(answers)).resolves.toEqual([2, 4, 200, 6, 8, 202, 10]);
  });

  it('writes a failed group again item by item: only the item that fails alone fails', async () => {
    const writes = heldWrites((items) => items.includes(3));
    const group = new GroupCommit(writes.write, () => '', ONE_AT_A_TIME);
    const answers = [1, 2, 3, 4].map((item) => group.submit(item).catch((error: Error) => error.message));
    await writes.releaseAll();
    expect(writes.groups).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
    await expect(Promise.all(answers)).resolves.toEqual([2, 4, 'failed: 3', 8]);
  });

  it('goes on writing after a failure, and starts again when idle', async () => {
    const writes = heldWrites((items) => items.includes(1));
    const group = new GroupCommit(writes.write, () => '', ONE_AT_A_TIME);
    const failed = group.submit(1);
    await writes.releaseAll();
    await expect(failed).rejects.toThrow('failed: 1');
    const later = group.submit(7);
    await writes.releaseAll();
    await expect(later).resolves.toBe(14);
    expect(writes.groups).toEqual([[1], [7]]);
  });

  it('keeps up to inFlight writes running, each next group formed of what waited meanwhile', async () => {
    const writes = heldWrites();
    const group = new GroupCommit(writes.write, () => '', { max: 10, inFlight: 2 });
    const answers = [1, 2, 3, 4, 5].map((item) => group.submit(item));
    expect(writes.groups).toEqual([[1], [2]]);
    await writes.releaseAll();
    expect(writes.groups).toEqual([[1], [2], [3, 4, 5]]);
    await expect(Promise.all(answers)).resolves.toEqual([2, 4, 6, 8, 10]);
  });
});
