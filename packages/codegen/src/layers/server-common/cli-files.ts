/** The migrate command of the generated server (the seed command is in seed-files.ts). */

export const migrateCliFile = `import { loadConfig } from './config.js';
import { connect, connectOptions, migrate } from './db/index.js';

try {
  process.loadEnvFile();
} catch {}

const config = loadConfig();
const db = await connect(connectOptions(config));
const applied = await migrate(db);
console.log(applied.length > 0 ? 'Applied: ' + applied.join(', ') : 'The database is up to date.');
await db.close();
`;
