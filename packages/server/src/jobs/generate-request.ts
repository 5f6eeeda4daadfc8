/**
 * The body of POST /api/generate, checked at the edge: `{prompt, complexity?, stack?}`. The stack is a
 * name ("react-express-postgres") or a partial object; anything not on the closed lists is refused with
 * the allowed values. The prompt goes through the planner's own validator, so the CLI, the API and the
 * web UI accept exactly the same descriptions.
 */
import { validatePrompt } from '@appgen/planner';
import { BACKENDS, COMPLEXITIES, DATABASES, FRONTENDS, type Stack } from '@appgen/spec';
import * as z from 'zod';
import { ApiError } from '../errors.ts';
import type { JobOptions } from './job-types.ts';

export const DEFAULT_STACK: Stack = { frontend: FRONTENDS[0], backend: BACKENDS[0], database: DATABASES[0] };

/** Every stack the closed lists allow, by name. */
export function stackNames(): string[] {
  return FRONTENDS.flatMap((f) => BACKENDS.flatMap((b) => DATABASES.map((d) => `${f}-${b}-${d}`)));
}

const allowed = (values: readonly string[]) => ({ message: `must be one of: ${values.join(', ')}` });

const stackObject = z
  .object({
    frontend: z.enum(FRONTENDS, allowed(FRONTENDS)).optional(),
    backend: z.enum(BACKENDS, allowed(BACKENDS)).optional(),
    database: z.enum(DATABASES, allowed(DATABASES)).optional(),
  })
  .strict();

const bodySchema = z
  .object({
    prompt: z.unknown().refine((value) => value !== undefined, 'is required'),
    complexity: z.enum(COMPLEXITIES, allowed(COMPLEXITIES)).optional(),
    stack: z
      .union([z.string(), stackObject], {
        message: `must be one of: ${stackNames().join(', ')}, or an object`,
      })
      .optional(),
  })
  .strict();

export interface GenerateRequest {
  prompt: string;
  options: JobOptions;
}

function resolveStack(stack: string | z.infer<typeof stackObject> | undefined): Stack {
  if (stack === undefined) return DEFAULT_STACK;
  if (typeof stack === 'object') return { ...DEFAULT_STACK, ...stack };
  const [frontend, backend, database] = stack.split('-');
  if (!stackNames().includes(stack)) {
    throw new ApiError('VALIDATION_FAILED', `The stack ${JSON.stringify(stack)} is not on offer.`, {
      fields: [{ path: 'stack', message: `must be one of: ${stackNames().join(', ')}` }],
      allowed: { stack: stackNames() },
    });
  }
  return { frontend, backend, database } as Stack;
}

export function parseGenerateRequest(body: unknown): GenerateRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(
      'VALIDATION_FAILED',
      'Send a JSON object: {"prompt": "…", "complexity"?: …, "stack"?: …}.',
    );
  }
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : ''),
      message: issue.message,
    }));
    throw new ApiError(
      'VALIDATION_FAILED',
      `The request is invalid: ${fields.map((f) => `${f.path} ${f.message}`).join('; ')}.`,
      {
        fields,
        allowed: {
          complexity: COMPLEXITIES,
          stack: stackNames(),
          frontend: FRONTENDS,
          backend: BACKENDS,
          database: DATABASES,
        },
      },
    );
  }
  const prompt = validatePrompt(parsed.data.prompt);
  const stack = resolveStack(parsed.data.stack);
  const complexity = parsed.data.complexity ?? null;
  return { prompt, options: { complexity, stack } };
}
