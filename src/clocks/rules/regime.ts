// Which notification regime a breach falls under, and whether NIS2 reaches the entity (docs/clocks.md). Pure.
import type { BreachRegime, DataCategory, IncidentRole, Sector } from '../../risk/facts.js';

/**
 * Data that only a provider's electronic communications service processes: call and message content, traffic
 * data, location. For such a provider a breach of these is a breach "in connection with the provision of a
 * publicly available electronic communications service" (Dir. 2002/58/EC art. 2(i); Law 506/2004 art. 3^1).
 */
export const E_COMMUNICATIONS_DATA: readonly DataCategory[] = ['communications_metadata', 'communications_content', 'location'];

export interface RegimeFacts {
  role: IncidentRole;
  sectors: readonly Sector[];
  dataCategories?: readonly DataCategory[];
  /** What the responder said; absent: the default below. */
  regime?: BreachRegime;
}

/**
 * GDPR Art. 95: the provider of a publicly available electronic communications service notifies a breach of
 * the data it processes in providing that service under the ePrivacy rules, not Art. 33/34. Its other data
 * (website leads, its own staff) stay under the GDPR. The responder's statement wins; without one, the
 * e-communications data of an e-communications provider default to ePrivacy. A processor's duty stays the
 * GDPR's Art. 33(2) warning: the provider it serves files under ePrivacy.
 */
export function breachRegime(facts: RegimeFacts): BreachRegime {
  if (facts.role === 'processor') return 'gdpr';
  if (facts.regime) return facts.regime;
  const isProvider = facts.sectors.includes('electronic_communications');
  const touchesService = (facts.dataCategories ?? []).some((category) => E_COMMUNICATIONS_DATA.includes(category));
  return isProvider && touchesService ? 'eprivacy' : 'gdpr';
}

/**
 * NIS2 Art. 2(2)(a)(i): providers of public electronic communications networks or publicly available
 * services are in scope whatever their size (essential when at least medium-sized, Art. 3(1)(a) and (c);
 * important otherwise, Art. 3(2)). The reporting duty of Art. 23 is the same for both.
 */
export function inNis2Scope(sectors: readonly Sector[]): boolean {
  return sectors.some((sector) => sector === 'nis2_essential' || sector === 'nis2_important' || sector === 'electronic_communications');
}
