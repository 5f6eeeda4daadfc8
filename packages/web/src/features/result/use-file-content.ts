/** Loads one generated file's text from GET /api/results/:id/files/*path. */
import { useEffect, useState } from 'react';
import { urls } from '../../lib/api/endpoints.ts';

export type FileContent =
  | { state: 'idle' | 'loading' }
  | { state: 'loaded'; text: string }
  | { state: 'error'; message: string };

export function useFileContent(jobId: string, path: string | null): FileContent {
  const [content, setContent] = useState<FileContent>({ state: 'idle' });
  useEffect(() => {
    if (!path) return setContent({ state: 'idle' });
    const abort = new AbortController();
    setContent({ state: 'loading' });
    fetch(urls.file(jobId, path), { signal: abort.signal, credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`Could not load ${path} (HTTP ${response.status}).`);
        setContent({ state: 'loaded', text: await response.text() });
      })
      .catch((error: Error) => {
        if (!abort.signal.aborted) setContent({ state: 'error', message: error.message });
      });
    return () => abort.abort();
  }, [jobId, path]);
  return content;
}
