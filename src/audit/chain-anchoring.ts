import type { CheckpointClaim } from './checkpoint-signature.js';

export interface AnchorFindings {
  /** The signed checkpoint with the most entries, the furthest the chain is known to have reached. */
  furthest: CheckpointClaim | null;
  /** Entries a checkpoint vouched for that are no longer there: the tail was deleted. */
  missingEntries: { from: number; to: number } | null;
  /**
   * The first checkpoint whose head hash the chain no longer has: the chain was rewritten (and re-hashed) at or
   * before that entry, after the last checkpoint that still matches (`firstSuspect` is the entry after it).
   */
  rewritten: { checkpoint: CheckpointClaim; firstSuspect: number } | null;
}

/**
 * Compares the chain as it stands (its last entry id, and its hashes at the checkpoints' positions) with what
 * signed checkpoints say it was. A chain that verifies on its own can still have lost its tail or been re-hashed
 * from some entry on; only a signature made outside the database tells.
 */
export function checkAgainstCheckpoints(
  lastEntry: number,
  hashesAt: ReadonlyMap<number, string>,
  checkpoints: readonly CheckpointClaim[],
): AnchorFindings {
  const byLength = [...checkpoints].sort((a, b) => a.entries - b.entries || a.at.getTime() - b.at.getTime());
  let lastMatched = 0;
  let rewritten: AnchorFindings['rewritten'] = null;
  for (const checkpoint of byLength) {
    if (checkpoint.entries === 0 || checkpoint.entries > lastEntry) continue;
    if (hashesAt.get(checkpoint.entries) === checkpoint.headHash) {
      if (!rewritten) lastMatched = checkpoint.entries;
    } else if (!rewritten) {
      rewritten = { checkpoint, firstSuspect: lastMatched + 1 };
    }
  }
  const furthest = byLength.at(-1) ?? null;
  const missingEntries = furthest && furthest.entries > lastEntry ? { from: lastEntry + 1, to: furthest.entries } : null;
  return { furthest, missingEntries, rewritten };
}
