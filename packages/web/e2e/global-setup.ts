/** One real server for every e2e file; its URL reaches the tests through vitest's provide/inject. */
import type { TestProject } from 'vitest/node';
import { startTestServer } from './support/server.ts';

/** Each stage pauses this long, so the reload test can catch a job mid-way. */
export const STAGE_DELAY_MS = 1200;

declare module 'vitest' {
  export interface ProvidedContext {
    appgenUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer({ stageDelayMs: STAGE_DELAY_MS });
  project.provide('appgenUrl', server.url);
  return () => server.stop();
}
