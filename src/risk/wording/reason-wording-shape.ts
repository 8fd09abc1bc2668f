// What a language's wording of the engine's reasons looks like, and the small readers its sentences use. Pure.
import { REASON_CODES, type ReasonCode, type ReasonParams } from '../reason-codes.js';

export type Wording = (params: ReasonParams) => string;
export type ReasonWording = Readonly<Record<ReasonCode, Wording>>;

/** One wording per code of a family (`dpc.base.health`, `dpc.base.contact`…), chosen by the code's last part. */
export function perCode<P extends string>(
  prefix: P,
  wordingFor: (suffix: string) => Wording,
): Record<Extract<ReasonCode, `${P}${string}`>, Wording> {
  const family = REASON_CODES.filter((code) => code.startsWith(prefix));
  return Object.fromEntries(family.map((code) => [code, wordingFor(code.slice(prefix.length))])) as Record<
    Extract<ReasonCode, `${P}${string}`>,
    Wording
  >;
}

export function num(params: ReasonParams, key: string): number {
  return Number(params[key]);
}

export function str(params: ReasonParams, key: string): string {
  const value = params[key];
  return value === undefined ? '' : String(value);
}

export function words(params: ReasonParams, key: string): readonly string[] {
  const value = params[key];
  return Array.isArray(value) ? value : [];
}

export function yes(params: ReasonParams, key: string): boolean {
  return params[key] === true;
}

/** `['a', 'b', 'c']` → `a, b and c` (or `a, b și c`). */
export function joinList(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
