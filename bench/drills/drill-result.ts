import type { Figure } from '../support/figures.js';

export interface DrillResult {
  figures: Figure[];
  /** Empty when the drill passed; otherwise one sentence per broken promise. */
  failures: string[];
}
