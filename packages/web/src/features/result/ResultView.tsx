import { Boxes, Download, FileCode2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { buttonVariants } from '../../components/ui/button.tsx';
import { Card, CardContent } from '../../components/ui/card.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { Tabs } from '../../components/ui/tabs.tsx';
import { describeError } from '../../lib/api/api-error.ts';
import { api, urls } from '../../lib/api/endpoints.ts';
import type { ResultResponse } from '../../lib/api/types.ts';
import { DataModelView } from './DataModelView.tsx';
import { FileBrowser } from './FileBrowser.tsx';
import { MetadataPanel } from './MetadataPanel.tsx';

type ResultTab = 'model' | 'files';

/** A completed job: what was planned and generated, with the download. */
export function ResultView({ jobId }: { jobId: string }) {
  const [result, setResult] = useState<ResultResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tab, setTab] = useState<ResultTab>('model');

  useEffect(() => {
    const abort = new AbortController();
    setError(null);
    api
      .result(jobId, abort.signal)
      .then(setResult)
      .catch((cause: unknown) => {
        if (!abort.signal.aborted) setError(cause);
      });
    return () => abort.abort();
  }, [jobId]);

  if (error) return <Alert tone="danger">{describeError(error)}</Alert>;
  if (!result) return <Skeleton className="h-96 w-full" />;

  return (
    <div className="flex flex-col gap-6" data-testid="result-view">
      <Card>
        <CardContent className="flex flex-col gap-5 p-5 sm:flex-row sm:items-center sm:p-6">
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <h2 className="truncate text-lg font-semibold tracking-tight">{result.spec.app.name}</h2>
            {result.spec.app.description && (
              <p className="line-clamp-2 text-sm text-muted-foreground">{result.spec.app.description}</p>
            )}
          </div>
          <a
            href={urls.download(jobId)}
            download
            className={buttonVariants({ size: 'lg' })}
            data-testid="download-zip"
          >
            <Download aria-hidden="true" /> Download ZIP
          </a>
        </CardContent>
        <div className="border-t px-5 py-4 sm:px-6">
          <MetadataPanel result={result} />
        </div>
      </Card>

      <Tabs<ResultTab>
        label="Result"
        value={tab}
        onChange={setTab}
        tabs={[
          {
            id: 'model',
            label: (
              <>
                <Boxes aria-hidden="true" /> Data model
              </>
            ),
          },
          {
            id: 'files',
            label: (
              <>
                <FileCode2 aria-hidden="true" /> Files{' '}
                <span className="text-xs text-muted-foreground">{result.files.length}</span>
              </>
            ),
          },
        ]}
      >
        {tab === 'model' ? (
          <DataModelView spec={result.spec} />
        ) : (
          <FileBrowser jobId={jobId} files={result.files} />
        )}
      </Tabs>
    </div>
  );
}
