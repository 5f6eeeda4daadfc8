import { Badge, type BadgeProps } from '../../components/ui/badge.tsx';
import type { JobStatus } from '../../lib/api/types.ts';

const TONES: Record<JobStatus | 'unknown', BadgeProps['tone']> = {
  unknown: 'neutral',
  queued: 'neutral',
  planning: 'info',
  generating: 'info',
  storing: 'info',
  completed: 'success',
  failed: 'danger',
  cancelled: 'warning',
};

export function StatusBadge({ status }: { status: JobStatus | 'unknown' }) {
  return (
    <Badge tone={TONES[status]} data-testid="job-status" data-status={status}>
      {status === 'unknown' ? 'Loading' : status.charAt(0).toUpperCase() + status.slice(1)}
    </Badge>
  );
}
