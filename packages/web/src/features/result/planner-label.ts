/** How the result page names the planner that produced a spec, and whether it stood in for the LLM. */
import type { ResultMetadata } from '../../lib/api/types.ts';

export interface PlannerSummary {
  label: string;
  /** The planner answered because the configured LLM failed; `reason` says why. */
  fellBack: boolean;
  reason: string | null;
}

export function plannerLabel(planner: string | null): string {
  if (!planner) return 'unknown';
  if (planner === 'offline') return 'Offline planner';
  if (planner === 'cached') return 'Earlier LLM answer';
  if (planner.startsWith('openai:')) return `LLM · ${planner.slice('openai:'.length)}`;
  return planner;
}

export function summarizePlanner(metadata: ResultMetadata): PlannerSummary {
  const reason = metadata.plannerReason ?? null;
  return {
    label: plannerLabel(metadata.planner),
    // A cache hit's reason only says whose result it reused; any other reason is a fallback's.
    fellBack: reason !== null && !metadata.cacheHit,
    reason,
  };
}

/** "1,800 in · 900 out tokens · $0.0022", or null when no tokens were spent (offline). */
export function formatUsage(usage: ResultMetadata['usage']): string | null {
  if (!usage || usage.inputTokens + usage.outputTokens === 0) return null;
  const count = new Intl.NumberFormat('en-US');
  const cost = usage.costUsd > 0 ? ` · $${usage.costUsd.toFixed(4)}` : '';
  return `${count.format(usage.inputTokens)} in · ${count.format(usage.outputTokens)} out tokens${cost}`;
}
