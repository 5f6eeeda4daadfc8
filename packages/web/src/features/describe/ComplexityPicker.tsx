import { cn } from '../../lib/cn.ts';
import { COMPLEXITY_CHOICES, type ComplexityChoice } from './complexity-options.ts';

interface ComplexityPickerProps {
  value: ComplexityChoice;
  onChange: (value: ComplexityChoice) => void;
  error?: string | undefined;
}

export function ComplexityPicker({ value, onChange, error }: ComplexityPickerProps) {
  return (
    <fieldset aria-describedby={error ? 'complexity-error' : undefined}>
      <legend className="mb-2 text-sm font-medium">Complexity</legend>
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {COMPLEXITY_CHOICES.map((choice) => {
          const checked = choice.id === value;
          return (
            <label
              key={choice.id}
              className={cn(
                'relative flex cursor-pointer flex-col gap-1 rounded-lg border bg-background p-3 text-left transition-colors',
                'hover:bg-muted/60 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring',
                checked && 'border-foreground/60 bg-muted/50 ring-1 ring-foreground/20',
              )}
            >
              <input
                type="radio"
                name="complexity"
                value={choice.id}
                checked={checked}
                onChange={() => onChange(choice.id)}
                className="sr-only"
              />
              <span className="flex items-center gap-2 text-sm font-medium">
                <span
                  aria-hidden="true"
                  className={cn(
                    'grid size-3.5 place-items-center rounded-full border',
                    checked ? 'border-foreground' : 'border-input',
                  )}
                >
                  {checked && <span className="size-1.5 rounded-full bg-foreground" />}
                </span>
                {choice.title}
              </span>
              <span className="text-xs leading-snug text-muted-foreground">{choice.explanation}</span>
            </label>
          );
        })}
      </div>
      {error && (
        <p id="complexity-error" className="mt-2 text-sm text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}
