/** Generic page parts (src/components): values by field type, page header, loading states, delete. */

export const fieldValue = `import { Badge } from './ui/badge';
import type { FieldKind } from '../lib/form';
import { formatDate, formatDateTime, formatNumber, humanize } from '../lib/format';
import { cn } from '../lib/utils';

/** The kinds a stored value is shown by; references and many-to-many lists show as links elsewhere. */
export type ValueKind = Exclude<FieldKind, 'reference' | 'many'>;

const link = 'font-medium underline-offset-4 hover:underline';

/** A record value shown by its field type; \`compact\` keeps long text to one line (tables). */
export function FieldValue({ kind, value, compact }: { kind: ValueKind; value: unknown; compact?: boolean }) {
  if (value === null || value === undefined || value === '') {
    return <span className="text-muted-foreground">—</span>;
  }
  const text = String(value);
  switch (kind) {
    case 'boolean':
      return <Badge variant={value === true ? 'default' : 'secondary'}>{value === true ? 'Yes' : 'No'}</Badge>;
    case 'enum':
      return <Badge variant="outline">{humanize(text)}</Badge>;
    case 'integer':
    case 'decimal':
      return <span className="tabular-nums">{typeof value === 'number' ? formatNumber(value, kind === 'decimal') : text}</span>;
    case 'date':
      return <span className="whitespace-nowrap">{formatDate(text)}</span>;
    case 'datetime':
      return <span className="whitespace-nowrap">{formatDateTime(text)}</span>;
    case 'email':
      return <a className={link} href={'mailto:' + text}>{text}</a>;
    case 'phone':
      return <a className={link} href={'tel:' + text.replace(/[^0-9+]/g, '')}>{text}</a>;
    case 'url':
      return /^https?:\\/\\//i.test(text) ? (
        <a className={cn(link, 'break-all')} href={text} target="_blank" rel="noreferrer">
          {text}
        </a>
      ) : (
        <span>{text}</span>
      );
    default:
      return <span className={compact ? 'line-clamp-1 max-w-xs' : 'whitespace-pre-wrap break-words'}>{text}</span>;
  }
}
`;

export const detailItem = `import type { ReactNode } from 'react';

/** One label–value pair of a detail page's description list. */
export function DetailItem({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'min-w-0 sm:col-span-2' : 'min-w-0'}>
      <dt className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{label}</dt>
      <dd className="mt-1 text-sm">{children}</dd>
    </div>
  );
}
`;

export const pageHeader = `import { ChevronLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface PageHeaderProps {
  title: string;
  description?: string;
  back?: { to: string; label: string };
  actions?: ReactNode;
}

export function PageHeader({ title, description, back, actions }: PageHeaderProps) {
  return (
    <div className="space-y-2">
      {back ? (
        <Link to={back.to} className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
          <ChevronLeft className="size-4" aria-hidden="true" />
          {back.label}
        </Link>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <h1 className="break-words text-2xl font-semibold tracking-tight">{title}</h1>
          {description ? <p className="text-sm text-muted-foreground">{description}</p> : null}
        </div>
        {actions ? <div className="flex shrink-0 flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}
`;

export const loadState = `import { Loader2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { ApiError } from '../lib/api-client';
import type { AsyncState } from '../lib/hooks';
import { Alert } from './ui/alert';
import { Button } from './ui/button';

export function Spinner({ label = 'Loading…' }: { label?: string }) {
  return (
    <div role="status" className="flex items-center gap-2 py-10 text-sm text-muted-foreground">
      <Loader2 className="size-4 animate-spin" aria-hidden="true" />
      {label}
    </div>
  );
}

export function NotFound({ what = 'page' }: { what?: string }) {
  return <Alert title={'This ' + what + ' does not exist.'}>It may have been deleted, or the link is wrong.</Alert>;
}

/** Spinner while loading, a message on failure (with retry), else the children with the data. */
export function LoadState<T>({ state, what, children }: { state: AsyncState<T>; what?: string; children: (data: T) => ReactNode }) {
  if (state.error) {
    if (state.error instanceof ApiError && state.error.status === 404) return <NotFound what={what} />;
    return (
      <Alert title="Could not load the data.">
        <p>{state.error.message}</p>
        <Button variant="outline" size="sm" className="mt-2" onClick={state.reload}>
          Try again
        </Button>
      </Alert>
    );
  }
  if (state.data === undefined) return <Spinner />;
  return <>{children(state.data)}</>;
}
`;

export const deleteButton = `import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { ApiError } from '../lib/api-client';
import { Button } from './ui/button';
import { ConfirmDialog } from './ui/dialog';

interface DeleteButtonProps {
  /** What is deleted, e.g. "Book “Dune”". */
  what: string;
  onDelete: () => Promise<void>;
  onDeleted: () => void;
}

/** Delete after confirmation; a refusal from the API (409: still referenced) is shown in the dialog. */
export function DeleteButton({ what, onDelete, onDeleted }: DeleteButtonProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onDelete();
      setOpen(false);
      onDeleted();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not delete. Please try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant="outline" className="text-destructive hover:text-destructive" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden="true" />
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        title={'Delete ' + what + '?'}
        description="This cannot be undone."
        confirmLabel="Delete"
        busy={busy}
        error={error}
        onConfirm={confirm}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
      />
    </>
  );
}
`;
