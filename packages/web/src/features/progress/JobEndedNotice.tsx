import { AlertTriangle, Ban, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Button, buttonVariants } from '../../components/ui/button.tsx';
import type { JobError } from '../../lib/api/types.ts';

interface JobEndedNoticeProps {
  status: 'failed' | 'cancelled';
  error: JobError | null;
  prompt: string | null;
  onRetry: () => Promise<unknown>;
}

/** Why a job ended without a result, and the way forward: retry the same request or start over. */
export function JobEndedNotice({ status, error, prompt, onRetry }: JobEndedNoticeProps) {
  const [retrying, setRetrying] = useState(false);
  const retry = async () => {
    setRetrying(true);
    try {
      await onRetry();
    } finally {
      setRetrying(false);
    }
  };
  const failed = status === 'failed';
  return (
    <Alert tone={failed ? 'danger' : 'info'} data-testid="job-ended">
      {failed ? <AlertTriangle aria-hidden="true" /> : <Ban aria-hidden="true" />}
      <div className="flex flex-1 flex-col gap-3">
        <div className="flex flex-col gap-0.5">
          <p className="font-medium">{failed ? 'The generation failed' : 'The generation was cancelled'}</p>
          {failed && (
            <p className="text-muted-foreground">
              {error?.message ?? 'No reason was recorded.'}
              {error?.code && <span className="ml-2 font-mono text-xs">({error.code})</span>}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" onClick={retry} disabled={retrying}>
            <RotateCcw aria-hidden="true" /> {retrying ? 'Starting…' : 'Retry'}
          </Button>
          <Link
            to="/"
            state={prompt ? { prompt } : null}
            className={buttonVariants({ variant: 'outline', size: 'sm' })}
          >
            Edit the description
          </Link>
        </div>
      </div>
    </Alert>
  );
}
