import { cn } from '../../lib/cn.ts';

interface ProgressBarProps {
  value: number;
  label: string;
  tone?: 'default' | 'success' | 'danger';
  className?: string;
}

export function ProgressBar({ value, label, tone = 'default', className }: ProgressBarProps) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      className={cn('h-2 w-full overflow-hidden rounded-full bg-muted', className)}
    >
      <div
        className={cn(
          'h-full rounded-full transition-[width] duration-500 ease-out',
          tone === 'success' ? 'bg-success' : tone === 'danger' ? 'bg-destructive' : 'bg-accent',
        )}
        style={{ width: `${clamped}%` }}
      />
    </div>
  );
}
