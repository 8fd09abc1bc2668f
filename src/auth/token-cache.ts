/**
 * Bearer-token lookups reused for a few seconds on this instance (every API request makes one). A revocation,
 * deactivation or role change made here calls `forget`, which takes effect at once; one made on another
 * instance shows here when the entry expires, within the TTL (README, security model).
 */
export class TokenCache<T extends { userId: string }> {
  private readonly entries = new Map<string, { value: T; until: number }>();
  // Bumped by every `forget`: a lookup that started before it must not store what it read.
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string, now: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > now) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Call before the lookup; hand the result to `set`. */
  startLookup(): number {
    return this.generation;
  }

  set(key: string, value: T, now: number, lookupStartedAt: number): void {
    if (this.ttlMs === 0 || lookupStartedAt !== this.generation) return;
    // Full: start afresh rather than track ages; the next requests fill it again with one query each.
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, until: now + this.ttlMs });
  }

  forgetUser(userId: string): void {
    this.generation += 1;
    for (const [key, entry] of this.entries) if (entry.value.userId === userId) this.entries.delete(key);
  }
}
