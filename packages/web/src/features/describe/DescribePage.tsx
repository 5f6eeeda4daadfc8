import { useLocation, useNavigate } from 'react-router';
import { Card, CardContent } from '../../components/ui/card.tsx';
import { api } from '../../lib/api/endpoints.ts';
import { rememberSubmission } from '../../lib/submissions.ts';
import { PromptForm } from './PromptForm.tsx';

const FACTS = [
  ['Working project', 'React + Express + PostgreSQL that builds and passes its own tests'],
  ['Deterministic', 'Same description, same files — generated in milliseconds'],
  ['Yours to keep', 'Download a ZIP; no lock-in, no runtime dependency on appgen'],
] as const;

export function DescribePage() {
  const navigate = useNavigate();
  const location = useLocation();
  const initialPrompt = (location.state as { prompt?: string } | null)?.prompt ?? '';

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-8">
      <header className="flex flex-col gap-3 pt-4 sm:pt-10">
        <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
          Describe an app. Get a working full-stack project.
        </h1>
        <p className="max-w-2xl text-base text-pretty text-muted-foreground">
          Write what your app keeps track of in plain language. appgen plans the data model and generates a
          complete project you can install, run and test right away.
        </p>
      </header>

      <Card>
        <CardContent className="p-5 sm:p-6">
          <PromptForm
            initialPrompt={initialPrompt}
            submit={(request) => api.generate(request)}
            onSubmitted={(response, request) => {
              rememberSubmission(response.jobId, request);
              navigate(`/jobs/${encodeURIComponent(response.jobId)}`);
            }}
          />
        </CardContent>
      </Card>

      <ul className="grid gap-4 text-sm sm:grid-cols-3">
        {FACTS.map(([title, text]) => (
          <li key={title} className="flex flex-col gap-1">
            <span className="font-medium">{title}</span>
            <span className="text-muted-foreground">{text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
