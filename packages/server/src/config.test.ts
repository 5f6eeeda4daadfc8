import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has embedded defaults for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: './data',
      databaseUrl: undefined,
      dbPoolSize: 10,
      queueConcurrency: 2,
      rateLimits: { generatePerMin: 10, readPerMin: 600 },
      corsOrigins: [],
    });
  });

  it('reads API keys as key=owner or bare keys', () => {
    const config = loadConfig({ APPGEN_API_KEYS: 'aaaaaaaaaaaaaaaa=alice, bbbbbbbbbbbbbbbb' });
    expect(config.apiKeys.get('aaaaaaaaaaaaaaaa')).toBe('alice');
    expect(config.apiKeys.get('bbbbbbbbbbbbbbbb')).toMatch(/^key:[0-9a-f]{12}$/);
  });

  it('names every bad variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('LOG_LEVEL');
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });
});
