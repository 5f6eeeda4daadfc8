import type { ReactNode } from 'react';
import { Badge } from '../../components/ui/badge.tsx';
import type { ResultResponse } from '../../lib/api/types.ts';
import { formatBytes, formatDuration } from '../../lib/format.ts';
import { formatUsage, summarizePlanner } from './planner-label.ts';

/**
 * Planner (and why it stood in for the LLM, tokens and cost), time per stage, cache hit, file count and size,
 * and the level and stack the project was generated at.
 */
export function MetadataPanel({ result }: { result: ResultResponse }) {
  const { metadata, files, spec } = result;
  const planner = summarizePlanner(metadata);
  const usage = formatUsage(metadata.usage);
  const durations = Object.entries(metadata.timingsMs ?? {})
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .sort(([a], [b]) => stageOrder(a) - stageOrder(b));
  const totalMs =
    elapsedMs(metadata.createdAt, metadata.finishedAt) ?? durations.reduce((sum, [, ms]) => sum + ms, 0);
  const fileCount = metadata.fileCount ?? files.length;
  const totalBytes = metadata.totalBytes ?? files.reduce((sum, file) => sum + file.size, 0);

  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-4 text-sm sm:grid-cols-4" data-testid="result-metadata">
      <Item term="Planner">
        <span className="font-medium" data-testid="planner-name">
          {planner.label}
        </span>
        {planner.fellBack && (
          <Badge tone="warning" className="ml-2">
            Fallback
          </Badge>
        )}
        {planner.reason && (
          <span className="block text-xs text-muted-foreground" data-testid="planner-reason">
            {planner.reason}
          </span>
        )}
        {usage && <span className="block text-xs text-muted-foreground tabular-nums">{usage}</span>}
      </Item>
      <Item term="Time to result">
        <span className="font-medium tabular-nums">{formatDuration(totalMs)}</span>
        {durations.length > 0 && (
          <span className="block text-xs text-muted-foreground">
            {durations.map(([stage, ms]) => `${stage} ${formatDuration(ms)}`).join(' · ')}
          </span>
        )}
      </Item>
      <Item term="Cache">
        {metadata.cacheHit ? <Badge tone="info">Cache hit</Badge> : <Badge>Fresh generation</Badge>}
        {metadata.generatorVersion && (
          <span className="mt-1 block font-mono text-xs text-muted-foreground">
            generator {metadata.generatorVersion}
          </span>
        )}
      </Item>
      <Item term="Files">
        <span className="font-medium tabular-nums">{fileCount}</span>
        <span className="text-muted-foreground"> · {formatBytes(totalBytes)}</span>
        {/* The level matters most when the planner picked it from the description. */}
        <span className="block text-xs text-muted-foreground" data-testid="project-level">
          {spec.complexity} level · {spec.stack.frontend} + {spec.stack.backend} + {spec.stack.database}
        </span>
      </Item>
    </dl>
  );
}

const STAGE_ORDER = ['planning', 'generating', 'storing'];
const stageOrder = (stage: string) =>
  STAGE_ORDER.includes(stage) ? STAGE_ORDER.indexOf(stage) : STAGE_ORDER.length;

/** Submit to done, as the person waited for it (queueing included). */
function elapsedMs(from?: string, until?: string | null): number | null {
  if (!from || !until) return null;
  const ms = new Date(until).getTime() - new Date(from).getTime();
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <dt className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}
