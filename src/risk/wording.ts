// Small helpers that turn the contract's identifiers into the plain words of a reason. Pure.

/** `national_id` → `national id`. */
export function label(identifier: string): string {
  return identifier.replace(/_/g, ' ');
}

/** `['identity', 'national_id', 'contact']` → `identity, national id and contact`. */
export function listOf(identifiers: readonly string[]): string {
  const words = identifiers.map(label);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
