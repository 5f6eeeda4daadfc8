/** Prometheus metrics, one registry per server instance (tests run several in one process). */
import type { PlannerSetup } from '@appgen/planner';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface MetricsSources {
  jobsByStatus(): Promise<Record<string, number>>;
  queueDepth(): Promise<number>;
}

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const metrics = {
    registry,
    httpDuration: new Histogram({
      name: 'appgen_http_request_duration_seconds',
      help: 'HTTP request duration by method, route and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    stageDuration: new Histogram({
      name: 'appgen_generation_stage_duration_seconds',
      help: 'Time spent in each generation stage',
      labelNames: ['stage'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 30],
      registers: [registry],
    }),
    cacheLookups: new Counter({
      name: 'appgen_generation_cache_total',
      help: 'Generation requests by cache outcome: hit (stored result), shared (joined an identical running job), miss',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    generations: new Counter({
      name: 'appgen_generations_total',
      help: 'Generations actually run (planner + codegen), by outcome',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    aiTokens: new Counter({
      name: 'appgen_ai_tokens_total',
      help: 'Tokens used by planners, by planner and direction',
      labelNames: ['planner', 'direction'] as const,
      registers: [registry],
    }),
    aiCost: new Counter({
      name: 'appgen_ai_cost_usd_total',
      help: 'Cost of planner LLM calls in US dollars, from the per-model price table',
      labelNames: ['planner'] as const,
      registers: [registry],
    }),
    plannerFallbacks: new Counter({
      name: 'appgen_planner_fallbacks_total',
      help: 'Plans answered by a fallback planner, by the failing planner, the one that answered and why',
      labelNames: ['from', 'to', 'code'] as const,
      registers: [registry],
    }),
    /** 0 closed, 1 half-open, 2 open; absent when no LLM is configured. */
    plannerCircuit: new Gauge({
      name: 'appgen_planner_circuit_state',
      help: "The LLM planner's circuit breaker: 0 closed, 1 half-open, 2 open",
      labelNames: ['planner'] as const,
      registers: [registry],
    }),
    /** Set by `bindSources`, which reads them from the database and the queue at scrape time. */
    jobsByStatus: undefined as Gauge | undefined,
    queueDepth: undefined as Gauge | undefined,
  };
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;

export function bindMetricSources(metrics: Metrics, sources: MetricsSources): void {
  metrics.jobsByStatus = new Gauge({
    name: 'appgen_jobs',
    help: 'Jobs in the database by status',
    labelNames: ['status'] as const,
    registers: [metrics.registry],
    async collect() {
      this.reset();
      for (const [status, count] of Object.entries(await sources.jobsByStatus())) this.set({ status }, count);
    },
  });
  metrics.queueDepth = new Gauge({
    name: 'appgen_queue_depth',
    help: 'Jobs waiting or running in the queue',
    registers: [metrics.registry],
    async collect() {
      this.set(await sources.queueDepth());
    },
  });
}

const CIRCUIT_CODES = { closed: 0, 'half-open': 1, open: 2, isolated: 2 } as const;

/** Mirrors the LLM planner's circuit breaker state into its gauge; nothing when no LLM is configured. */
export function bindPlannerCircuit(metrics: Metrics, setup: PlannerSetup): void {
  const { circuit } = setup;
  if (!circuit) return;
  const labels = { planner: setup.planner.name };
  metrics.plannerCircuit.set(labels, CIRCUIT_CODES[circuit.state()]);
  circuit.onChange((state) => metrics.plannerCircuit.set(labels, CIRCUIT_CODES[state]));
}
