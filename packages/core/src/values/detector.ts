import type { CategoryId } from '../taxonomy/ids.js';

/**
 * Receives one match `[start, end)` from a detector. Returning `true` asks the detector to stop
 * (the early exit of `containsSensitiveValue`).
 */
export type MatchReporter = (start: number, end: number) => boolean;

/** What a value detector is, without its code: the registry entry callers may list or filter on. */
export interface ValueDetectorInfo {
  /** Stable id, equal to the file name in `values/detectors/`: `phone`, `payment-card`, `jwt`. */
  readonly id: string;
  readonly category: CategoryId;
  readonly title: string;
  /** What the detector finds and what it deliberately leaves out. */
  readonly description: string;
}

/** A detector: its registry entry plus a linear-time scanner over a whole text. */
export interface ValueDetector extends ValueDetectorInfo {
  /**
   * Calls `report` for each match, in any order; matches of one detector never overlap. Detectors
   * reuse module-level regexes and buffers, so `report` must not start another scan.
   */
  readonly scan: (text: string, report: MatchReporter) => void;
}
