/**
 * src/components/DataTable.tsx: the table every list page uses. Page, sort, search and filters live in
 * the URL, so a list can be linked to (e.g. /books?authorId=3) and the back button restores it.
 */

export const dataTable = `import { ArrowDown, ArrowUp, ChevronLeft, ChevronRight, ChevronsUpDown, Search } from 'lucide-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Filters, ReadResource } from '../lib/api-client';
import { type Options, useAsync } from '../lib/hooks';
import { cn } from '../lib/utils';
import { Spinner } from './LoadState';
import { Alert } from './ui/alert';
import { Button } from './ui/button';
import { Input } from './ui/input';
import { Select } from './ui/select';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from './ui/table';

export interface Column<T> {
  /** The property this column shows; also the sort key when sortable. */
  key: string;
  header: string;
  sortable?: boolean;
  className?: string;
  cell: (row: T) => ReactNode;
}

export interface Filter {
  /** Query parameter, e.g. "status", "authorId", "tagId". */
  key: string;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}

interface DataTableProps<T extends { id: number }> {
  resource: ReadResource<T>;
  columns: Column<T>[];
  filters?: Filter[];
  searchable?: boolean;
  searchLabel?: string;
  emptyMessage?: string;
}

const PAGE_SIZE = 20;

/** Filter choices from another entity's loaded options (reference and many-to-many filters). */
export function optionsFilter(options: Options): Filter['options'] {
  return options.options.map((option) => ({ value: String(option.value), label: option.label }));
}

export const BOOLEAN_FILTER: Filter['options'] = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function DataTable<T extends { id: number }>({
  resource,
  columns,
  filters = [],
  searchable = false,
  searchLabel = 'Search',
  emptyMessage = 'No records yet.',
}: DataTableProps<T>) {
  const [params, setParams] = useSearchParams();
  const page = positiveInt(params.get('page'), 1);
  const sort = params.get('sort') ?? undefined;
  const order = params.get('order') === 'desc' ? 'desc' : 'asc';
  const q = params.get('q') ?? '';
  const active: Filters = {};
  for (const filter of filters) {
    const value = params.get(filter.key);
    if (value) active[filter.key] = value;
  }

  function update(changes: Record<string, string | null>, resetPage = true) {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (resetPage) next.delete('page');
        return next;
      },
      { replace: true },
    );
  }

  // The search box updates the URL 300 ms after the last keystroke.
  // It follows the URL only when that changes from elsewhere, so a trailing space being typed survives.
  const [text, setText] = useState(q);
  useEffect(() => setText((current) => (current.trim() === q ? current : q)), [q]);
  useEffect(() => {
    if (text.trim() === q) return;
    const timer = setTimeout(() => update({ q: text.trim() || null }), 300);
    return () => clearTimeout(timer);
  });

  const query = { page, pageSize: PAGE_SIZE, sort, order: sort ? order : undefined, q: q || undefined, filters: active } as const;
  const state = useAsync(() => resource.list(query), JSON.stringify(query));
  const data = state.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  function toggleSort(key: string) {
    if (sort !== key) update({ sort: key, order: 'asc' }, false);
    else update({ sort: key, order: order === 'asc' ? 'desc' : 'asc' }, false);
  }

  return (
    <div className="space-y-4">
      {searchable || filters.length > 0 ? (
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-center">
          {searchable ? (
            <div className="relative w-full sm:max-w-xs">
              <Search className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" aria-hidden="true" />
              <Input
                type="search"
                aria-label={searchLabel}
                placeholder={searchLabel + '…'}
                className="pl-8"
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
            </div>
          ) : null}
          {filters.map((filter) => (
            <Select
              key={filter.key}
              aria-label={filter.label}
              className="w-full sm:w-auto sm:min-w-40"
              value={params.get(filter.key) ?? ''}
              onChange={(event) => update({ [filter.key]: event.target.value })}
            >
              <option value="">{filter.label + ': all'}</option>
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          ))}
        </div>
      ) : null}

      {state.error ? (
        <Alert title="Could not load the list.">
          <p>{state.error.message}</p>
          <Button variant="outline" size="sm" className="mt-2" onClick={state.reload}>
            Try again
          </Button>
        </Alert>
      ) : (
        <div className={cn('rounded-lg border bg-card shadow-sm transition-opacity', state.loading && data && 'opacity-60')}>
          <Table aria-busy={state.loading}>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                {columns.map((column) => {
                  const sorted = sort === column.key;
                  const SortIcon = !sorted ? ChevronsUpDown : order === 'asc' ? ArrowUp : ArrowDown;
                  return (
                    <TableHead
                      key={column.key}
                      className={column.className}
                      aria-sort={sorted ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
                    >
                      {column.sortable ? (
                        <button
                          type="button"
                          className="-ml-1 inline-flex items-center gap-1 rounded px-1 py-0.5 uppercase hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                          onClick={() => toggleSort(column.key)}
                        >
                          {column.header}
                          <SortIcon className={cn('size-3.5', !sorted && 'opacity-50')} aria-hidden="true" />
                        </button>
                      ) : (
                        column.header
                      )}
                    </TableHead>
                  );
                })}
              </TableRow>
            </TableHeader>
            <TableBody>
              {data === undefined ? (
                <TableRow>
                  <TableCell colSpan={columns.length}>
                    <Spinner />
                  </TableCell>
                </TableRow>
              ) : data.items.length === 0 ? (
                <TableRow className="hover:bg-transparent">
                  <TableCell colSpan={columns.length} className="py-10 text-center text-muted-foreground">
                    {q || Object.keys(active).length > 0 ? 'Nothing matches.' : emptyMessage}
                  </TableCell>
                </TableRow>
              ) : (
                data.items.map((row) => (
                  <TableRow key={row.id}>
                    {columns.map((column) => (
                      <TableCell key={column.key} className={column.className}>
                        {column.cell(row)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))
              )}
            </TableBody>
          </Table>
        </div>
      )}

      {data ? (
        <nav aria-label="Pagination" className="flex items-center justify-between gap-2 text-sm text-muted-foreground">
          <p aria-live="polite">
            {data.total === 0 ? '0 records' : 'Page ' + data.page + ' of ' + pages + ' · ' + data.total + ' records'}
          </p>
          <div className="flex gap-2">
            <Button
              variant="outline"
              size="sm"
              disabled={page <= 1}
              onClick={() => update({ page: String(page - 1) }, false)}
              aria-label="Previous page"
            >
              <ChevronLeft aria-hidden="true" />
              <span className="hidden sm:inline">Previous</span>
            </Button>
            <Button
              variant="outline"
              size="sm"
              disabled={page >= pages}
              onClick={() => update({ page: String(page + 1) }, false)}
              aria-label="Next page"
            >
              <span className="hidden sm:inline">Next</span>
              <ChevronRight aria-hidden="true" />
            </Button>
          </div>
        </nav>
      ) : null}
    </div>
  );
}
`;
