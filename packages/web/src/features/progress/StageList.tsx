import { Check, Circle, Loader2, X } from 'lucide-react';
import { cn } from '../../lib/cn.ts';
import { type JobProgressState, PROGRESS_STAGES, STAGE_LABELS, stageState } from './job-progress-state.ts';

const ICONS = {
  done: <Check aria-hidden="true" className="size-3.5" />,
  active: <Loader2 aria-hidden="true" className="size-3.5 animate-spin" />,
  failed: <X aria-hidden="true" className="size-3.5" />,
  pending: <Circle aria-hidden="true" className="size-2 fill-current" />,
} as const;

const SPOKEN = {
  done: 'done',
  active: 'in progress',
  failed: 'stopped here',
  pending: 'not started',
} as const;

export function StageList({ state }: { state: JobProgressState }) {
  return (
    <ol className="grid gap-3 sm:grid-cols-5 sm:gap-2" aria-label="Stages">
      {PROGRESS_STAGES.map((stage) => {
        const status = stageState(state, stage);
        return (
          <li
            key={stage}
            data-stage={stage}
            data-state={status}
            aria-current={status === 'active' ? 'step' : undefined}
            className="flex items-center gap-3 sm:flex-col sm:items-start sm:gap-2"
          >
            <span
              className={cn(
                'grid size-6 shrink-0 place-items-center rounded-full border',
                status === 'done' && 'border-success/40 bg-success/15 text-success',
                status === 'active' && 'border-accent/40 bg-accent/10 text-accent',
                status === 'failed' && 'border-destructive/40 bg-destructive/10 text-destructive',
                status === 'pending' && 'text-muted-foreground/50',
              )}
            >
              {ICONS[status]}
            </span>
            <span className="flex flex-col">
              <span className={cn('text-sm font-medium', status === 'pending' && 'text-muted-foreground')}>
                {STAGE_LABELS[stage].title}
                <span className="sr-only">: {SPOKEN[status]}</span>
              </span>
              <span className="text-xs text-muted-foreground">{STAGE_LABELS[stage].detail}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
