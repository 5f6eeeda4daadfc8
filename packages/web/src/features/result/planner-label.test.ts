import { describe, expect, it } from 'vitest';
import { formatUsage, plannerLabel, summarizePlanner } from './planner-label.ts';

describe('planner summary on the result page', () => {
  it('names each planner', () => {
    expect(plannerLabel('offline')).toBe('Offline planner');
    expect(plannerLabel('cached')).toBe('Earlier LLM answer');
    expect(plannerLabel('openai:gpt-4.1-mini')).toBe('LLM · gpt-4.1-mini');
    expect(plannerLabel(null)).toBe('unknown');
  });

  it('marks a fallback, but not a cache hit, and not a plain offline plan', () => {
    const reason = 'The LLM server failed (HTTP 500) after 4 attempts; planned offline instead.';
    expect(summarizePlanner({ planner: 'offline', plannerReason: reason, cacheHit: false })).toEqual({
      label: 'Offline planner',
      fellBack: true,
      reason,
    });
    expect(
      summarizePlanner({ planner: 'offline', plannerReason: 'reused the result of job 1', cacheHit: true })
        .fellBack,
    ).toBe(false);
    expect(summarizePlanner({ planner: 'offline', plannerReason: null, cacheHit: false }).fellBack).toBe(
      false,
    );
  });

  it('shows tokens and cost only when tokens were spent', () => {
    expect(formatUsage({ inputTokens: 1800, outputTokens: 900, costUsd: 0.00216 })).toBe(
      '1,800 in · 900 out tokens · $0.0022',
    );
    expect(formatUsage({ inputTokens: 1800, outputTokens: 900, costUsd: 0 })).toBe(
      '1,800 in · 900 out tokens',
    );
    expect(formatUsage({ inputTokens: 0, outputTokens: 0, costUsd: 0 })).toBeNull();
    expect(formatUsage(null)).toBeNull();
  });
});
