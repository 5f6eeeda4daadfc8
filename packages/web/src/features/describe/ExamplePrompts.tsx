import { Sparkles } from 'lucide-react';
import { PROMPT_EXAMPLES } from './prompt-examples.ts';

export function ExamplePrompts({ onPick }: { onPick: (prompt: string) => void }) {
  return (
    <div className="flex flex-col gap-2">
      <p id="examples-label" className="flex items-center gap-1.5 text-xs font-medium text-muted-foreground">
        <Sparkles aria-hidden="true" className="size-3.5" /> Start from an example
      </p>
      <ul aria-labelledby="examples-label" className="flex flex-wrap gap-2">
        {PROMPT_EXAMPLES.map((example) => (
          <li key={example.title}>
            <button
              type="button"
              onClick={() => onPick(example.prompt)}
              title={example.prompt}
              className="cursor-pointer rounded-full border bg-background px-3 py-1 text-xs font-medium text-foreground/80 transition-colors hover:bg-muted hover:text-foreground"
            >
              {example.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
