/** src/lib/hooks.ts: the React data hooks (async loading, option lists for selects, route ids). */

export const hooks = `import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReadResource } from './api-client';
import type { Options } from './form';

export interface AsyncState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

/** Runs \`load\` when \`key\` changes (or on reload) and ignores answers that arrive after a newer request. */
export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> {
  const loadRef = useRef(load);
  loadRef.current = load;
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });

  useEffect(() => {
    let current = true;
    setState((previous) => ({ data: previous.data, loading: true }));
    loadRef.current().then(
      (data) => {
        if (current) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (current) setState({ error: error instanceof Error ? error : new Error(String(error)), loading: false });
      },
    );
    return () => {
      current = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

export type { Option, Options } from './form';

/** Up to 100 records of an entity, loaded once, for selects and for labelling reference columns. */
export function useOptions<T extends { id: number }>(
  resource: ReadResource<T>,
  label: (record: T) => string,
  sort?: string,
): Options {
  const { data, loading } = useAsync(
    () => resource.list({ pageSize: 100, sort, order: sort ? 'asc' : undefined }),
    resource.slug + ':' + (sort ?? ''),
  );
  const labelRef = useRef(label);
  labelRef.current = label;
  return useMemo(() => {
    const options = (data?.items ?? []).map((record) => ({ value: record.id, label: labelRef.current(record) }));
    const byId = new Map(options.map((option) => [option.value, option.label]));
    return { options, loading, labelOf: (id: number) => byId.get(id) ?? '#' + id };
  }, [data, loading]);
}

/** A route's :id as a positive integer, or undefined. */
export function parseId(value: string | undefined): number | undefined {
  if (value === undefined || !/^[1-9][0-9]{0,15}$/.test(value)) return undefined;
  return Number(value);
}
`;
