/**
 * What every frontend's client/ shares, written once: the typed fetch client and API, form specs and
 * their conversion to API input, formatting, class variants, the theme, index.html's siblings (Node
 * tsconfig, Docker, nginx). A frontend layer adds its components, pages and project files beside these.
 */
import type { Layer } from '../../layer.ts';
import type { AppModel } from '../../model.ts';
import { apiTs, displayTs, navigationTs } from './app-modules.ts';
import { authLib } from './auth-lib.ts';
import { formLib } from './form-lib.ts';
import { apiClient, format, utils } from './lib-files.ts';
import { dockerfile, dockerignore, nginxConf, tsconfigNodeJson } from './project-files.ts';
import { indexCss } from './styles.ts';
import { variants } from './variants.ts';

const STATIC_FILES: ReadonlyArray<readonly [string, string]> = [
  ['Dockerfile', dockerfile],
  ['.dockerignore', dockerignore],
  ['nginx.conf', nginxConf],
  ['src/index.css', indexCss],
  ['src/lib/utils.ts', utils],
  ['src/lib/variants.ts', variants],
  ['src/lib/format.ts', format],
  ['src/lib/form.ts', formLib],
];

function* commonFiles(app: AppModel): Generator<readonly [string, string]> {
  yield ['tsconfig.node.json', tsconfigNodeJson()];
  yield* STATIC_FILES;
  yield ['src/lib/api-client.ts', apiClient(app.level.auth)];
  if (app.level.auth) yield ['src/lib/auth.ts', authLib];
  yield ['src/lib/api.ts', apiTs(app)];
  yield ['src/lib/display.ts', displayTs(app)];
  yield ['src/lib/navigation.ts', navigationTs(app)];
}

export const clientCommonLayer: Layer = {
  name: 'client-common',
  *files(app) {
    for (const [path, content] of commonFiles(app)) yield [`client/${path}`, content];
  },
};
