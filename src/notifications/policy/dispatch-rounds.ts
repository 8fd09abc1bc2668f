// When the scheduler runs its next dispatch round. Pure.

/** What a dispatch round did, as the scheduler plans the next one from it. */
export interface DispatchRound {
  /** Messages queued for Slack. */
  queued: number;
  /** Every clock due when the round began was taken: none was left for want of room or held by another instance. */
  complete: boolean;
}

/** Another instance may plan an earlier alert; it is noticed within this long even without a nudge. */
export const MAX_SLEEP_MS = 30_000;
/**
 * A local change that planned alerts ("logged" ones are due at once) is dispatched this soon, together with the
 * others of the same moment: under a burst of intakes one round serves many, instead of one round each.
 */
export const WAKE_GATHER_MS = 100;
const DUE_AGAIN_MS = 20;

/**
 * The next round, in ms from now, after `round`, when the next pending alert falls due in `untilNextMs` (null: none
 * pending). Due already: more than a round's worth, or held by another instance's round, is taken again shortly,
 * without spinning on rows another instance has locked. What fell due during the round (under intake, the "logged"
 * alerts of the incidents committed meanwhile) is gathered with the others of that moment, as a wake gathers them:
 * taken again at once, each round served only the intakes of the round before (27 rounds a second at 160 intakes/s).
 */
export function nextRoundIn(round: DispatchRound, untilNextMs: number | null): number {
  if (untilNextMs === null) return MAX_SLEEP_MS;
  if (untilNextMs > 0) return Math.min(untilNextMs, MAX_SLEEP_MS);
  return round.complete ? WAKE_GATHER_MS : DUE_AGAIN_MS;
}
