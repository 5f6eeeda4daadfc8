import type { AppModel } from './model.ts';

/** One part of a stack (frontend, backend, database or the project root). Layers add files, never edit. */
export interface Layer {
  name: string;
  files(app: AppModel): Iterable<readonly [path: string, content: string]>;
}
