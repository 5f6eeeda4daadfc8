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

  it('turns S3 on with S3_BUCKET, with a default region and a normalised prefix', () => {
    expect(loadConfig({}).s3).toBeNull();
    expect(loadConfig({ S3_BUCKET: 'appgen-files' }).s3).toEqual({
      bucket: 'appgen-files',
      region: 'us-east-1',
      endpoint: undefined,
      forcePathStyle: false,
      prefix: '',
    });
    const s3 = loadConfig({
      S3_BUCKET: 'appgen-files',
      S3_ENDPOINT: 'http://minio:9000',
      S3_REGION: 'eu-west-3',
      S3_FORCE_PATH_STYLE: 'true',
      S3_PREFIX: '/prod/appgen/',
    }).s3;
    expect(s3).toMatchObject({ endpoint: 'http://minio:9000', region: 'eu-west-3', forcePathStyle: true });
    expect(s3?.prefix).toBe('prod/appgen/');
    expect(loadConfig({ S3_BUCKET: 'b1b', S3_FORCE_PATH_STYLE: '', S3_REGION: '' }).s3).toMatchObject({
      forcePathStyle: false,
      region: 'us-east-1',
    });
  });

  it('names bad S3 variables, and S3 settings without a bucket', () => {
    const bad = () =>
      loadConfig({
        S3_BUCKET: 'Not_A_Bucket',
        S3_ENDPOINT: 'ftp://x',
        S3_FORCE_PATH_STYLE: 'maybe',
        S3_PREFIX: 'a/../b',
      });
    for (const name of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_FORCE_PATH_STYLE', 'S3_PREFIX']) {
      expect(bad).toThrow(name);
    }
    expect(() => loadConfig({ S3_ENDPOINT: 'http://minio:9000' })).toThrow(
      /S3_ENDPOINT: set, but S3_BUCKET is not/,
    );
  });
});
