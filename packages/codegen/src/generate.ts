import type { AppSpec, Stack } from '@appgen/spec';
import { type FileTree, FileTreeBuilder } from './file-tree.ts';
import type { Layer } from './layer.ts';
import { clientCommonLayer } from './layers/client-common/index.ts';
import { DATABASE_ENGINES } from './layers/database/engines.ts';
import { databaseLayer } from './layers/database/layer.ts';
import { expressLayer } from './layers/express/index.ts';
import { fastifyLayer } from './layers/fastify/index.ts';
import { reactLayer } from './layers/react/index.ts';
import { rootLayer } from './layers/root/index.ts';
import { accountsLayer } from './layers/server-common/accounts-layer.ts';
import { serverCommonLayer } from './layers/server-common/index.ts';
import { sharedLayer } from './layers/shared/index.ts';
import { vueLayer } from './layers/vue/index.ts';
import { buildModel } from './model.ts';

/** Which layers implement each option of a stack. Adding a layer adds an entry, not a combination. */
const FRONTEND_LAYERS: Record<Stack['frontend'], Layer[]> = {
  react: [clientCommonLayer, reactLayer],
  vue: [clientCommonLayer, vueLayer],
};
const BACKEND_LAYERS: Record<Stack['backend'], Layer[]> = {
  express: [serverCommonLayer, accountsLayer, expressLayer],
  fastify: [serverCommonLayer, accountsLayer, fastifyLayer],
};
const DATABASE_LAYERS: Record<Stack['database'], Layer[]> = {
  postgres: [databaseLayer(DATABASE_ENGINES.postgres)],
  sqlite: [databaseLayer(DATABASE_ENGINES.sqlite)],
  mysql: [databaseLayer(DATABASE_ENGINES.mysql)],
};
const COMMON_LAYERS: Layer[] = [rootLayer, sharedLayer];

/**
 * Generates a project from a normalised spec (see `normalizeSpec`). Pure and deterministic: no I/O,
 * and equal input gives byte-equal output.
 */
export function generate(spec: AppSpec, stack: Stack = spec.stack): FileTree {
  const app = buildModel({ ...spec, stack });
  const tree = new FileTreeBuilder();
  const layers = [
    ...COMMON_LAYERS,
    ...FRONTEND_LAYERS[stack.frontend],
    ...BACKEND_LAYERS[stack.backend],
    ...DATABASE_LAYERS[stack.database],
  ];
  for (const layer of layers) for (const [path, content] of layer.files(app)) tree.add(path, content);
  return tree.build();
}
