/** Components that show related records (src/components/Relations.tsx): links, badges and related lists. */

export const relations = `import { ChevronRight, Plus } from 'lucide-react';
import { Link } from 'react-router';
import type { Filters, ReadResource } from '../lib/api-client';
import { type Options, useAsync, useOptions } from '../lib/hooks';
import { Badge } from './ui/badge';
import { buttonVariants } from './ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from './ui/card';

const link = 'font-medium underline-offset-4 hover:underline';
const none = <span className="text-muted-foreground">—</span>;

/** A reference in a table cell, labelled from options loaded once for the whole table. */
export function ReferenceCell({ id, options, basePath }: { id: number | null; options: Options; basePath: string }) {
  if (id === null) return none;
  return (
    <Link className={link} to={basePath + '/' + id}>
      {options.labelOf(id)}
    </Link>
  );
}

interface ReferenceLinkProps<T> {
  id: number | null;
  resource: ReadResource<T>;
  label: (record: T) => string;
  basePath: string;
}

/** A reference on a detail page: loads the one related record to show its display value. */
export function ReferenceLink<T>({ id, resource, label, basePath }: ReferenceLinkProps<T>) {
  const state = useAsync<T | undefined>(
    () => (id === null ? Promise.resolve(undefined) : resource.get(id)),
    resource.slug + '/' + String(id),
  );
  if (id === null) return none;
  return (
    <Link className={link} to={basePath + '/' + id}>
      {state.data ? label(state.data) : '#' + id}
    </Link>
  );
}

interface ManyLinksProps<T extends { id: number }> {
  ids: readonly number[];
  resource: ReadResource<T>;
  label: (record: T) => string;
  basePath: string;
}

/** Many-to-many ids as badges linking to each record. */
export function ManyLinks<T extends { id: number }>({ ids, resource, label, basePath }: ManyLinksProps<T>) {
  const options = useOptions(resource, label);
  if (ids.length === 0) return none;
  return (
    <div className="flex flex-wrap gap-1.5">
      {ids.map((id) => (
        <Link key={id} to={basePath + '/' + id}>
          <Badge variant="secondary" className="hover:bg-secondary/70">
            {options.labelOf(id)}
          </Badge>
        </Link>
      ))}
    </div>
  );
}

interface RelatedListProps<T extends { id: number }> {
  title: string;
  resource: ReadResource<T>;
  filters: Filters;
  label: (record: T) => string;
  basePath: string;
  /** Where "Add" goes, with the reference preset, e.g. /books/new?authorId=3. */
  addPath?: string;
}

/** Records of another entity that point at this one (first ten, with a link to all of them). */
export function RelatedList<T extends { id: number }>({ title, resource, filters, label, basePath, addPath }: RelatedListProps<T>) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== null && value !== undefined) query.set(key, String(value));
  const state = useAsync(() => resource.list({ pageSize: 10, filters }), resource.slug + '?' + query.toString());
  const page = state.data;
  return (
    <Card>
      <CardHeader className="flex-row items-center justify-between gap-2 space-y-0">
        <div className="space-y-1">
          <CardTitle>{title}</CardTitle>
          <CardDescription>{page ? page.total + ' in total' : 'Loading…'}</CardDescription>
        </div>
        {addPath ? (
          <Link to={addPath} className={buttonVariants({ variant: 'outline', size: 'sm' })}>
            <Plus aria-hidden="true" />
            Add
          </Link>
        ) : null}
      </CardHeader>
      <CardContent>
        {state.error ? (
          <p className="text-sm text-destructive">{state.error.message}</p>
        ) : page && page.items.length === 0 ? (
          <p className="text-sm text-muted-foreground">None yet.</p>
        ) : (
          <ul className="divide-y rounded-md border">
            {(page?.items ?? []).map((record) => (
              <li key={record.id}>
                <Link to={basePath + '/' + record.id} className="flex items-center justify-between gap-2 px-3 py-2 text-sm hover:bg-muted/50">
                  <span className="truncate">{label(record)}</span>
                  <ChevronRight className="size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
                </Link>
              </li>
            ))}
          </ul>
        )}
        {page && page.total > page.items.length ? (
          <Link to={basePath + '?' + query.toString()} className={'mt-3 inline-block text-sm ' + link}>
            View all {page.total}
          </Link>
        ) : null}
      </CardContent>
    </Card>
  );
}
`;
