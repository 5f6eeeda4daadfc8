import { Radio, RefreshCw, X } from 'lucide-react';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card, CardContent } from '../../components/ui/card.tsx';
import { ProgressBar } from '../../components/ui/progress-bar.tsx';
import { isTerminalStatus } from '../../lib/api/types.ts';
import { ElapsedTime } from './ElapsedTime.tsx';
import type { JobProgressState } from './job-progress-state.ts';
import { StageList } from './StageList.tsx';
import { StatusBadge } from './StatusBadge.tsx';

interface ProgressCardProps {
  state: JobProgressState;
  onCancel: () => void;
  cancelling: boolean;
}

export function ProgressCard({ state, onCancel, cancelling }: ProgressCardProps) {
  const running = !isTerminalStatus(state.status) && state.status !== 'unknown';
  const tone = state.status === 'completed' ? 'success' : state.status === 'failed' ? 'danger' : 'default';
  return (
    <Card>
      <CardContent className="flex flex-col gap-5 p-5 sm:p-6">
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={state.status} />
          <span className="text-sm text-muted-foreground">
            Elapsed <ElapsedTime from={state.createdAt} until={state.finishedAt} />
          </span>
          {state.cacheHit && <Badge tone="info">Cache hit</Badge>}
          <ConnectionBadge connection={state.connection} />
          {running && (
            <Button
              variant="destructive"
              size="sm"
              className="ml-auto"
              onClick={onCancel}
              disabled={cancelling}
            >
              <X aria-hidden="true" /> {cancelling ? 'Cancelling…' : 'Cancel'}
            </Button>
          )}
        </div>
        <div className="flex flex-col gap-2">
          <div className="flex items-baseline justify-between text-sm">
            <span className="text-muted-foreground">{state.message ?? progressSentence(state)}</span>
            <span className="font-mono text-xs tabular-nums" data-testid="progress-percent">
              {Math.round(state.progress)}%
            </span>
          </div>
          <ProgressBar value={state.progress} label="Generation progress" tone={tone} />
        </div>
        <StageList state={state} />
      </CardContent>
    </Card>
  );
}

function progressSentence(state: JobProgressState): string {
  if (state.status === 'completed') return `Done — ${state.filesWritten || 'all'} files written.`;
  if (state.status === 'failed') return 'The generation stopped.';
  if (state.status === 'cancelled') return 'Cancelled.';
  if (state.lastFile) return `Wrote ${state.lastFile}`;
  return 'Working…';
}

function ConnectionBadge({ connection }: { connection: JobProgressState['connection'] }) {
  if (connection === 'live')
    return (
      <Badge tone="success" title="Receiving live updates">
        <Radio aria-hidden="true" className="size-3" /> Live
      </Badge>
    );
  if (connection === 'polling')
    return (
      <Badge tone="warning" title="Live updates unavailable; checking every 2 seconds">
        <RefreshCw aria-hidden="true" className="size-3" /> Polling
      </Badge>
    );
  return null;
}
