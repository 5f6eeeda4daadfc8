/** .github/workflows/ci.yml of an advanced project: install, type-check, build and test on every push. */
import type { Database } from '@appgen/spec';
import type { AppModel } from '../../model.ts';

/** The database service the tests run against, and the URL they get; SQLite needs none. */
const SERVICES: Record<Database, { service: string; url: string } | null> = {
  postgres: {
    service: `    services:
      postgres:
        image: postgres:16-alpine
        env:
          POSTGRES_PASSWORD: postgres
          POSTGRES_DB: app_test
        ports: ['5432:5432']
        options: >-
          --health-cmd "pg_isready -U postgres" --health-interval 5s --health-timeout 5s --health-retries 20
`,
    url: 'postgres://postgres:postgres@localhost:5432/app_test',
  },
  mysql: {
    service: `    services:
      mariadb:
        image: mariadb:11
        env:
          MARIADB_ROOT_PASSWORD: root
          MARIADB_DATABASE: app_test
        ports: ['3306:3306']
        options: >-
          --health-cmd "healthcheck.sh --connect --innodb_initialized" --health-interval 5s --health-timeout 5s --health-retries 20
`,
    url: 'mysql://root:root@127.0.0.1:3306/app_test',
  },
  sqlite: null,
};

export function ciWorkflow(app: AppModel): string {
  const database = SERVICES[app.spec.stack.database];
  return `name: CI

on:
  push:
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    timeout-minutes: 20
${database ? `${database.service}    env:\n      DATABASE_URL: ${database.url}\n` : ''}    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install --no-audit --no-fund
      - run: npm run typecheck -w server -w client
      - run: npm run build
      - run: npm test
`;
}
