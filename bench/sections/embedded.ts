/**
 * One API process on embedded defaults (PGlite, local files, in-process queue): POST → `completed` over
 * SSE one job at a time, cache hit vs miss, 100 concurrent identical requests, and the ZIP download.
 */
import { apiKeys, counterTotal, distinctPrompts, generateAndWait, submit } from '../lib/appgen-client.ts';
import { describeProfile } from '../lib/cpu-profile.ts';
import { download, requestJson, untilTerminal } from '../lib/http.ts';
import { withTimeout } from '../lib/lifecycle.ts';
import type { Row } from '../lib/report.ts';
import type { Section } from '../lib/section.ts';
import { startBenchServer } from '../lib/servers.ts';
import { kb, ms, p50p95, round, summarize } from '../lib/stats.ts';
import { FIVE_ENTITY_PROMPT } from './generation.ts';

const E2E_TARGET_MS = 300;
const BURST = 100;

function serverEnv(keysEnv: string) {
  return {
    APPGEN_API_KEYS: keysEnv,
    RATE_LIMIT_GENERATE_PER_MIN: '1000000',
    RATE_LIMIT_READ_PER_MIN: '1000000',
  };
}

export const embeddedSection: Section = {
  name: 'embedded',
  budgetMs: (o) => (o.quick ? 120_000 : 300_000),
  async run(options) {
    const keys = apiKeys(10, 'embedded');
    const server = await startBenchServer('api-embedded', serverEnv(keys.env));
    const jobs = options.quick ? 30 : 100;

    // A few jobs first, not counted: the first plan and generate load code.
    for (const prompt of distinctPrompts(3, 'warm')) await generateAndWait(server.url, keys.auth(0), prompt);
    const prompts = distinctPrompts(jobs, 'e2e');
    const fresh: number[] = [];
    for (const prompt of prompts) fresh.push((await generateAndWait(server.url, keys.auth(0), prompt)).ms);
    const e2e = summarize(fresh);

    // Cache: the same prompts again are hits (202 already completed, no generation).
    const hits: number[] = [];
    for (const prompt of prompts) {
      const job = await submit(server.url, keys.auth(1), prompt);
      if (!job.cacheHit || job.status !== 'completed')
        throw new Error(`expected a cache hit: ${JSON.stringify(job)}`);
      hits.push(job.ms);
    }
    const hit = summarize(hits);

    // 100 concurrent identical requests from 10 callers → one generation.
    const before = await counterTotal(server.url, 'appgen_generations_total');
    const burstPrompt = distinctPrompts(1, 'burst')[0]!;
    const burst = await Promise.all(
      Array.from({ length: BURST }, (_, i) => submit(server.url, keys.auth(i), burstPrompt)),
    );
    const endings = await withTimeout(
      Promise.all(
        burst.map(
          async (job, i) =>
            (await untilTerminal(`${server.url}${job.eventsUrl}`, keys.auth(i), 60_000)).event,
        ),
      ),
      90_000,
      'the burst of identical requests',
    );
    const generations = (await counterTotal(server.url, 'appgen_generations_total')) - before;
    const burstCompleted = endings.filter((e) => e === 'completed').length;

    // ZIP of the standard 5-entity project, streamed from the stored archive.
    const five = await generateAndWait(server.url, keys.auth(2), FIVE_ENTITY_PROMPT);
    const zipUrl = `${server.url}/api/results/${five.jobId}/download`;
    const first = await download(zipUrl, keys.auth(2));
    if (first.status !== 200) throw new Error(`ZIP download: ${first.status}`);
    const zipMs: number[] = [];
    for (let i = 0; i < (options.quick ? 20 : 50); i++) zipMs.push((await download(zipUrl, keys.auth(2))).ms);
    const zip = summarize(zipMs);
    const result = await requestJson<{ metadata: { timingsMs: Record<string, number> } }>(
      'GET',
      `${server.url}/api/results/${five.jobId}`,
      { headers: keys.auth(2) },
    );
    const met = e2e.p50 <= E2E_TARGET_MS;
    const profile =
      !met && options.profile
        ? await server.profile(async () => {
            for (const prompt of distinctPrompts(30, 'prof'))
              await generateAndWait(server.url, keys.auth(0), prompt);
          })
        : undefined;
    await server.stop();

    const notes = [
      `**End to end, cache, ZIP (embedded defaults)** — one API process (\`bench/support/bench-server.ts\`: \`startServer\` on PGlite, local files, in-process queue, offline planner, log level warn, rate limits raised so they are not what is measured); the client is the bench process on 127.0.0.1. POST → \`completed\` SSE event received, one job at a time, ${jobs} distinct prompts after 3 warm-up jobs. Cache hit: the same prompts POSTed again by another caller → 202 already completed. Burst: ${BURST} concurrent POSTs of one new prompt from 10 callers, all followed over SSE to their end; generations counted from \`/metrics\` \`appgen_generations_total\`. ZIP: GET \`/api/results/:id/download\` of the 5-entity project to the last byte (the stages of its job: ${JSON.stringify(result.body.metadata?.timingsMs ?? {})}).`,
    ];
    if (profile)
      notes.push(`Missed the end-to-end target; the server's CPU profile over 30 more jobs:
${describeProfile(profile)}`);
    const rows: Row[] = [
      {
        section: 'end to end',
        metric: `POST → completed, embedded (${jobs} jobs)`,
        value: p50p95(e2e),
        target: `≤ ${E2E_TARGET_MS} ms p50`,
        met,
      },
      {
        section: 'cache',
        metric: 'hit (POST → 202 completed) vs miss (POST → completed)',
        value: `hit ${p50p95(hit)}; miss p50 ${ms(e2e.p50)} (${round(e2e.p50 / hit.p50)}× faster)`,
      },
      {
        section: 'cache',
        metric: `${BURST} concurrent identical requests`,
        value: `${generations} generation(s), ${burstCompleted}/${BURST} completed`,
        target: 'exactly 1 generation',
        met: generations === 1 && burstCompleted === BURST,
      },
      {
        section: 'zip',
        metric: `stream a project's ZIP (${kb(first.bytes)}, ${zipMs.length} downloads)`,
        value: p50p95(zip),
      },
    ];
    return {
      rows,
      notes,
      data: {
        jobs,
        e2eMs: e2e,
        cacheHitMs: hit,
        burst: { requests: BURST, generations, completed: burstCompleted },
        zip: { bytes: first.bytes, ms: zip },
      },
    };
  },
};
