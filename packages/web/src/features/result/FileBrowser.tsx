import { lazy, Suspense, useMemo, useState } from 'react';
import { Card } from '../../components/ui/card.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import type { ResultFile } from '../../lib/api/types.ts';
import { formatBytes } from '../../lib/format.ts';
import { buildFileTree, defaultFilePath } from './build-file-tree.ts';
import { CopyButton } from './CopyButton.tsx';
import { FileTree } from './FileTree.tsx';
import { useFileContent } from './use-file-content.ts';

const CodeViewer = lazy(() => import('./CodeViewer.tsx'));

export function FileBrowser({ jobId, files }: { jobId: string; files: readonly ResultFile[] }) {
  const tree = useMemo(() => buildFileTree(files), [files]);
  const [selectedPath, setSelectedPath] = useState(() => defaultFilePath(files));
  const selected = files.find((file) => file.path === selectedPath) ?? null;
  const content = useFileContent(jobId, selectedPath);

  return (
    <Card className="grid overflow-hidden md:grid-cols-[260px_1fr]" data-testid="file-browser">
      <div className="max-h-72 overflow-auto border-b p-2 md:max-h-[640px] md:border-r md:border-b-0">
        <FileTree root={tree} selectedPath={selectedPath} onSelect={setSelectedPath} />
      </div>
      <section
        aria-label={selected ? `Contents of ${selected.path}` : 'File contents'}
        className="flex min-w-0 flex-col"
      >
        {selected && (
          <header className="flex items-center gap-3 border-b px-4 py-2">
            <h3 className="min-w-0 flex-1 truncate font-mono text-xs" data-testid="open-file-path">
              {selected.path}
            </h3>
            <span className="hidden text-xs text-muted-foreground sm:inline">
              {selected.language} · {formatBytes(selected.size)}
            </span>
            {content.state === 'loaded' && <CopyButton text={content.text} />}
          </header>
        )}
        <div className="max-h-[600px] min-h-64 flex-1 overflow-auto bg-code">
          {content.state === 'loading' && <CodeSkeleton />}
          {content.state === 'error' && <p className="p-4 text-sm text-destructive">{content.message}</p>}
          {content.state === 'loaded' && selected && (
            <Suspense fallback={<CodeSkeleton />}>
              <CodeViewer path={selected.path} language={selected.language} code={content.text} />
            </Suspense>
          )}
          {!selected && (
            <p className="p-4 text-sm text-muted-foreground">Choose a file to see its contents.</p>
          )}
        </div>
      </section>
    </Card>
  );
}

function CodeSkeleton() {
  return (
    <div className="flex flex-col gap-2 p-4">
      {[70, 45, 85, 60, 30].map((width) => (
        <Skeleton key={width} className="h-3" style={{ width: `${width}%` }} />
      ))}
    </div>
  );
}
