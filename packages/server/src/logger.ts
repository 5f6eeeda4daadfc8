/** JSON logs with pino. Credentials never reach a log line: auth headers, cookies and keys are redacted. */
import { type DestinationStream, pino } from 'pino';

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'apiKey',
  'signingSecret',
  'config.apiKeys',
  'config.signingSecret',
  'databaseUrl',
  'redisUrl',
  'config.redisUrl',
  'config.databaseUrl',
  'config.planner.llm.apiKey',
];

export function createLogger(level: string, destination?: DestinationStream) {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination);
}
