import { Download, Plus } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Button, buttonVariants } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { ApiError, describeError } from '../../lib/api/api-error.ts';
import { api, urls } from '../../lib/api/endpoints.ts';
import type { JobSummary } from '../../lib/api/types.ts';
import { formatRelativeTime } from '../../lib/format.ts';
import { StatusBadge } from '../progress/StatusBadge.tsx';

/** The caller's generations, newest first; each opens its job page or downloads its ZIP. */
export function HistoryPage() {
  const [jobs, setJobs] = useState<JobSummary[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async (after?: string) => {
    setLoading(true);
    setError(null);
    try {
      const page = await api.listJobs(after);
      setJobs((current) => (after && current ? [...current, ...page.jobs] : page.jobs));
      setCursor(page.nextCursor ?? null);
    } catch (cause) {
      setError(cause);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">History</h1>
          <p className="text-sm text-muted-foreground">Your generations in this browser, newest first.</p>
        </div>
        <Link to="/" className={buttonVariants({ variant: 'outline', size: 'sm' })}>
          <Plus aria-hidden="true" /> New
        </Link>
      </header>

      {error && !(error instanceof ApiError && error.isUnreachable) ? (
        <Alert tone="danger">{describeError(error)}</Alert>
      ) : null}
      {jobs === null && !error && <Skeleton className="h-64 w-full" />}
      {jobs?.length === 0 && (
        <Card className="flex flex-col items-center gap-3 px-6 py-14 text-center">
          <p className="font-medium">No generations yet</p>
          <p className="text-sm text-muted-foreground">Describe an app and it will show up here.</p>
          <Link to="/" className={buttonVariants({ size: 'sm' })}>
            Describe an app
          </Link>
        </Card>
      )}
      {jobs && jobs.length > 0 && (
        <Card className="overflow-hidden">
          <ul className="divide-y" aria-label="Generations" data-testid="history-list">
            {jobs.map((job) => (
              <HistoryRow key={job.jobId} job={job} />
            ))}
          </ul>
        </Card>
      )}
      {cursor && (
        <Button variant="outline" onClick={() => load(cursor)} disabled={loading} className="self-center">
          {loading ? 'Loading…' : 'Load more'}
        </Button>
      )}
    </div>
  );
}

function HistoryRow({ job }: { job: JobSummary }) {
  const title = job.appName ?? job.prompt ?? job.jobId;
  return (
    <li className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:gap-4 sm:px-5">
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <Link
          to={`/jobs/${encodeURIComponent(job.jobId)}`}
          className="truncate rounded text-sm font-medium hover:underline"
          data-testid="history-open"
        >
          {title}
        </Link>
        {job.appName && job.prompt && <p className="truncate text-xs text-muted-foreground">{job.prompt}</p>}
      </div>
      <div className="flex items-center gap-3">
        <StatusBadge status={job.status} />
        <time dateTime={job.createdAt} className="w-20 text-xs whitespace-nowrap text-muted-foreground">
          {formatRelativeTime(job.createdAt)}
        </time>
        {job.status === 'completed' ? (
          <a
            href={urls.download(job.jobId)}
            download
            className={buttonVariants({ variant: 'ghost', size: 'icon' })}
            aria-label={`Download ${title} as ZIP`}
            title="Download ZIP"
          >
            <Download aria-hidden="true" />
          </a>
        ) : (
          <span className="size-9" aria-hidden="true" />
        )}
      </div>
    </li>
  );
}
