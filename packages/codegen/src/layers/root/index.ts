import type { Layer } from '../../layer.ts';
import { ciWorkflow } from './ci-workflow.ts';
import { devScript, dockerCompose, gitignore, rootPackageJson } from './project-files.ts';
import { readme } from './readme.ts';

/** The project root: workspaces, dev runner, README, .gitignore; docker-compose beyond simple; CI at advanced. */
export const rootLayer: Layer = {
  name: 'root',
  *files(app) {
    yield ['package.json', rootPackageJson(app)];
    yield ['scripts/dev.mjs', devScript];
    yield ['README.md', readme(app)];
    if (app.level.extras) yield ['docker-compose.yml', dockerCompose(app)];
    if (app.level.auth) yield ['.github/workflows/ci.yml', ciWorkflow(app)];
    yield ['.gitignore', gitignore];
  },
};
