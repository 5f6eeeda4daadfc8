/** What every bench section gets and gives back. */
import type { Row } from './report.ts';

export interface BenchOptions {
  quick: boolean;
  /** Run the JHipster comparison (always in full mode; in quick mode only with --peer). */
  peer: boolean;
  /** Profile a missed target's workload and name the hot spots (on by default; --no-profile skips). */
  profile: boolean;
  /** A scratch folder for this run (profiles, generated projects); removed at the end. */
  workDir: string;
}

export interface SectionResult {
  rows: Row[];
  /** Raw figures for results.json. */
  data: Record<string, unknown>;
  /** Markdown paragraphs for RESULTS.md: how it was measured, and what the profile shows for a miss. */
  notes: string[];
}

export interface Section {
  name: string;
  /** The section is stopped (and reported as failed) after this long. */
  budgetMs(options: BenchOptions): number;
  run(options: BenchOptions): Promise<SectionResult>;
}
