import type { Layer } from '../../layer.ts';
import { sharedSchemasFile } from './schemas.ts';

/** The validation contract, written identically to both sides. */
export const sharedLayer: Layer = {
  name: 'shared',
  *files(app) {
    const schemas = sharedSchemasFile(app);
    yield ['server/src/shared/schemas.ts', schemas];
    yield ['client/src/shared/schemas.ts', schemas];
  },
};
