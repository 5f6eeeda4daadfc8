/** The highlighted code body. Loaded lazily (React.lazy) with highlight.js, off the prompt page's bundle. */
import { useMemo } from 'react';
import { highlightToHtml, languageFor } from './highlight-code.ts';
import './code-theme.css';

interface CodeViewerProps {
  path: string;
  language?: string;
  code: string;
}

export default function CodeViewer({ path, language, code }: CodeViewerProps) {
  const html = useMemo(() => highlightToHtml(code, languageFor(path, language)), [code, path, language]);
  const lines = useMemo(() => code.split('\n').length, [code]);
  return (
    <div className="flex overflow-auto font-mono text-[12.5px] leading-5" data-testid="code-viewer">
      <div
        aria-hidden="true"
        className="sticky left-0 select-none border-r bg-code py-3 pr-3 pl-4 text-right text-muted-foreground/60"
      >
        {Array.from({ length: lines }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: line numbers are positions
          <div key={index}>{index + 1}</div>
        ))}
      </div>
      {html === null ? (
        <pre className="hljs flex-1 py-3 pr-4 pl-4">
          <code>{code}</code>
        </pre>
      ) : (
        <pre className="hljs flex-1 py-3 pr-4 pl-4">
          {/* highlight.js escapes the code it returns as HTML. */}
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: escaped by highlight.js */}
          <code dangerouslySetInnerHTML={{ __html: html }} />
        </pre>
      )}
    </div>
  );
}
