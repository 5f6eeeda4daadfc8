import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { ApiError } from '../../lib/api/api-error.ts';
import { api } from '../../lib/api/endpoints.ts';
import { recallSubmission, rememberSubmission } from '../../lib/submissions.ts';
import { SubmitErrorNotice } from '../describe/SubmitErrorNotice.tsx';
import { JobEndedNotice } from './JobEndedNotice.tsx';
import { ProgressCard } from './ProgressCard.tsx';
import { useJobProgress } from './use-job-progress.ts';

const ResultView = lazy(() =>
  import('../result/ResultView.tsx').then((module) => ({ default: module.ResultView })),
);

/** /jobs/:id — the job's progress while it runs, then its result. Everything comes from the server. */
export function JobPage() {
  const { jobId = '' } = useParams();
  const navigate = useNavigate();
  const { state, loadError, refresh } = useJobProgress(jobId);
  const [cancelling, setCancelling] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const prompt = recallSubmission(jobId)?.prompt ?? state.prompt;

  if (loadError instanceof ApiError && loadError.status === 404) {
    return (
      <NotFoundPage title="Job not found" detail="This job does not exist, or it belongs to someone else." />
    );
  }

  const cancel = async () => {
    setCancelling(true);
    setActionError(null);
    try {
      await api.cancelJob(jobId);
      await refresh();
    } catch (error) {
      setActionError(error);
    } finally {
      setCancelling(false);
    }
  };

  const retry = async () => {
    const request = recallSubmission(jobId) ?? (state.prompt ? { prompt: state.prompt } : null);
    if (!request) return navigate('/');
    setActionError(null);
    try {
      const response = await api.generate(request);
      rememberSubmission(response.jobId, request);
      navigate(`/jobs/${encodeURIComponent(response.jobId)}`);
    } catch (error) {
      setActionError(error);
    }
  };

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <nav aria-label="Breadcrumb" className="text-xs text-muted-foreground">
          <Link to="/history" className="rounded hover:text-foreground">
            History
          </Link>
          <span aria-hidden="true"> / </span>
          <span className="font-mono">{jobId.slice(0, 8)}</span>
        </nav>
        <h1 className="text-2xl font-semibold tracking-tight">
          {state.status === 'completed' ? 'Your project is ready' : 'Generating your project'}
        </h1>
        {prompt && <p className="line-clamp-2 max-w-3xl text-sm text-muted-foreground">{prompt}</p>}
      </header>

      {state.status === 'unknown' && !loadError ? (
        <Skeleton className="h-44 w-full" />
      ) : (
        <ProgressCard state={state} onCancel={cancel} cancelling={cancelling} />
      )}
      {loadError && !(loadError instanceof ApiError && loadError.isUnreachable) ? (
        <SubmitErrorNotice error={loadError} />
      ) : null}
      {actionError ? <SubmitErrorNotice error={actionError} /> : null}

      {(state.status === 'failed' || state.status === 'cancelled') && (
        <JobEndedNotice status={state.status} error={state.error} prompt={prompt} onRetry={retry} />
      )}

      {state.status === 'completed' && (
        <Suspense fallback={<Skeleton className="h-96 w-full" />}>
          <ResultView jobId={jobId} />
        </Suspense>
      )}
    </div>
  );
}
