import * as z from 'zod';
import { appSpecInputSchema } from './schema.ts';

/** The JSON Schema of the AppSpec a planner fills (the input side; normalisation makes it safe). */
export function appSpecJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(appSpecInputSchema, { io: 'input' }) as Record<string, unknown>;
}
