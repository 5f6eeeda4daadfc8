import { ArrowRight, Loader2 } from 'lucide-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { fieldErrorFor } from '../../lib/api/api-error.ts';
import type { GenerateRequest, GenerateResponse } from '../../lib/api/types.ts';
import { cn } from '../../lib/cn.ts';
import { ComplexityPicker } from './ComplexityPicker.tsx';
import type { ComplexityChoice } from './complexity-options.ts';
import { ExamplePrompts } from './ExamplePrompts.tsx';
import { checkPrompt, countPromptCharacters, PROMPT_MAX_LENGTH } from './prompt-rules.ts';
import { StackSelect } from './StackSelect.tsx';
import { SubmitErrorNotice } from './SubmitErrorNotice.tsx';
import { DEFAULT_STACK } from './stack-options.ts';

export interface PromptFormProps {
  submit: (request: GenerateRequest) => Promise<GenerateResponse>;
  onSubmitted: (response: GenerateResponse, request: GenerateRequest) => void;
  loadStacks?: (signal: AbortSignal) => Promise<unknown>;
  initialPrompt?: string;
}

export function PromptForm({ submit, onSubmitted, loadStacks, initialPrompt = '' }: PromptFormProps) {
  const [prompt, setPrompt] = useState(initialPrompt);
  const [complexity, setComplexity] = useState<ComplexityChoice>('auto');
  const [stack, setStack] = useState(DEFAULT_STACK.id);
  const [promptError, setPromptError] = useState<string | undefined>();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const ids = { prompt: useId(), count: useId(), error: useId(), hint: useId() };

  const count = countPromptCharacters(prompt);
  const tooLong = count > PROMPT_MAX_LENGTH;
  const shownPromptError = promptError ?? fieldErrorFor(submitError, 'prompt');

  const onPromptChange = (value: string) => {
    setPrompt(value);
    setSubmitError(null);
    // Keep a visible error in step with the text; say "too long" the moment it is.
    const check = checkPrompt(value);
    setPromptError(countPromptCharacters(value) > PROMPT_MAX_LENGTH && !check.ok ? check.message : undefined);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    const check = checkPrompt(prompt);
    if (!check.ok) {
      setPromptError(check.message);
      textarea.current?.focus();
      return;
    }
    const request: GenerateRequest = {
      prompt: check.prompt,
      ...(complexity === 'auto' ? {} : { complexity }),
      stack,
    };
    setSubmitting(true);
    setSubmitError(null);
    try {
      onSubmitted(await submit(request), request);
    } catch (error) {
      setSubmitError(error);
      if (fieldErrorFor(error, 'prompt')) textarea.current?.focus();
    } finally {
      setSubmitting(false);
    }
  };

  const fieldErrorShown = ['prompt', 'complexity', 'stack'].some((field) =>
    fieldErrorFor(submitError, field),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-6" aria-label="New generation">
      <div className="flex flex-col gap-2">
        <div className="flex items-baseline justify-between gap-4">
          <label htmlFor={ids.prompt} className="text-sm font-medium">
            Describe your app
          </label>
          <span
            id={ids.count}
            data-testid="prompt-count"
            aria-live="polite"
            className={cn(
              'font-mono text-xs tabular-nums text-muted-foreground',
              tooLong && 'font-semibold text-destructive',
            )}
          >
            {count} / {PROMPT_MAX_LENGTH}
          </span>
        </div>
        <textarea
          ref={textarea}
          id={ids.prompt}
          name="prompt"
          rows={6}
          value={prompt}
          onChange={(event) => onPromptChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.metaKey || event.ctrlKey))
              event.currentTarget.form?.requestSubmit();
          }}
          placeholder="A library app: members borrow books; track due dates and late fees."
          aria-invalid={shownPromptError ? true : undefined}
          aria-describedby={[shownPromptError ? ids.error : ids.hint, ids.count].join(' ')}
          className={cn(
            'min-h-36 w-full resize-y rounded-lg border border-input bg-background px-3.5 py-3 text-[15px] leading-relaxed shadow-xs',
            'placeholder:text-muted-foreground/70 focus-visible:outline-2 focus-visible:outline-ring',
            shownPromptError && 'border-destructive focus-visible:outline-destructive',
          )}
        />
        {shownPromptError ? (
          <p id={ids.error} role="alert" className="text-sm text-destructive">
            {shownPromptError}
          </p>
        ) : (
          <p id={ids.hint} className="text-xs text-muted-foreground">
            Name the things your app keeps track of and how they relate. Up to {PROMPT_MAX_LENGTH} characters.
          </p>
        )}
      </div>

      <ExamplePrompts onPick={onPromptChange} />

      <ComplexityPicker
        value={complexity}
        onChange={setComplexity}
        error={fieldErrorFor(submitError, 'complexity')}
      />

      <div className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-end">
        <StackSelect
          value={stack}
          onChange={setStack}
          error={fieldErrorFor(submitError, 'stack')}
          loadStacks={loadStacks}
        />
        <Button type="submit" size="lg" disabled={submitting} className="w-full sm:w-auto">
          {submitting ? <Loader2 aria-hidden="true" className="animate-spin" /> : null}
          {submitting ? 'Starting…' : 'Generate project'}
          {!submitting && <ArrowRight aria-hidden="true" />}
        </Button>
      </div>

      {submitError && !fieldErrorShown ? <SubmitErrorNotice error={submitError} /> : null}
    </form>
  );
}
