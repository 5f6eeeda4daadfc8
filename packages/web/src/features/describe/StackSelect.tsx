import { ChevronDown } from 'lucide-react';
import { useEffect, useState } from 'react';
import { api } from '../../lib/api/endpoints.ts';
import type { StackOption } from '../../lib/api/types.ts';
import { cn } from '../../lib/cn.ts';
import { DEFAULT_STACK, stackOptionsFrom } from './stack-options.ts';

interface StackSelectProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  loadStacks?: (signal: AbortSignal) => Promise<unknown>;
}

export function StackSelect({ value, onChange, error, loadStacks = api.stacks }: StackSelectProps) {
  const [stacks, setStacks] = useState<StackOption[]>([DEFAULT_STACK]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: load once; `value` is only read to keep a valid choice.
  useEffect(() => {
    const abort = new AbortController();
    loadStacks(abort.signal)
      .then((body) => {
        const options = stackOptionsFrom(body);
        if (options.length === 0) return;
        setStacks(options);
        const preferred = options.find((option) => option.default) ?? options[0]!;
        if (!options.some((option) => option.id === value)) onChange(preferred.id);
      })
      // The default stack stays selectable while the list cannot be loaded.
      .catch(() => undefined);
    return () => abort.abort();
  }, [loadStacks]);

  const selected = stacks.find((stack) => stack.id === value);
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor="stack" className="text-sm font-medium">
        Stack
      </label>
      <div className="relative">
        <select
          id="stack"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'stack-error' : selected?.description ? 'stack-description' : undefined}
          className={cn(
            'h-9 w-full appearance-none rounded-md border border-input bg-background pr-9 pl-3 text-sm shadow-xs',
            error && 'border-destructive',
          )}
        >
          {stacks.map((stack) => (
            <option key={stack.id} value={stack.id}>
              {stack.label}
            </option>
          ))}
        </select>
        <ChevronDown
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
        />
      </div>
      {error ? (
        <p id="stack-error" className="text-sm text-destructive">
          {error}
        </p>
      ) : (
        selected?.description && (
          <p id="stack-description" className="text-xs text-muted-foreground">
            {selected.description}
          </p>
        )
      )}
    </div>
  );
}
