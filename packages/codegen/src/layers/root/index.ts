import type { Layer } from '../../layer.ts';
import { devScript, dockerCompose, gitignore, rootPackageJson } from './project-files.ts';
import { readme } from './readme.ts';

/** The project root: workspaces, dev runner, README, docker-compose, .gitignore. */
export const rootLayer: Layer = {
  name: 'root',
  *files(app) {
    yield ['package.json', rootPackageJson(app)];
    yield ['scripts/dev.mjs', devScript];
    yield ['README.md', readme(app)];
    yield ['docker-compose.yml', dockerCompose(app)];
    yield ['.gitignore', gitignore];
  },
};
