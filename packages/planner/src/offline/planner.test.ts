import { FEATURES } from '@appgen/spec';
import { describe, expect, it } from 'vitest';
import { PromptValidationError } from '../errors.ts';
import { detectFeatures } from './features.ts';
import { OfflinePlanner } from './planner.ts';

const planner = new OfflinePlanner();

describe('OfflinePlanner', () => {
  it('plans a described app: entities, typed fields, enum values, references, app name', async () => {
    const result = await planner.plan(
      'Online store: products belong to categories and have name, description, price, stock and image URL; customers place orders made of order items; orders have a status (pending, paid, shipped, delivered, cancelled).',
    );
    const { spec } = result;
    expect(result.planner).toBe('offline');
    expect(spec.app.name).toBe('Online Store');
    expect(spec.entities.map((e) => e.name).sort()).toEqual([
      'Category',
      'Customer',
      'Order',
      'OrderItem',
      'Product',
    ]);
    const product = spec.entities.find((e) => e.name === 'Product');
    expect(Object.fromEntries(product?.fields.map((f) => [f.name, f.type]) ?? [])).toMatchObject({
      name: 'string',
      description: 'text',
      price: 'decimal',
      stock: 'integer',
      imageUrl: 'url',
    });
    expect(
      spec.entities.find((e) => e.name === 'Order')?.fields.find((f) => f.name === 'status')?.enumValues,
    ).toEqual(['pending', 'paid', 'shipped', 'delivered', 'cancelled']);
    const refs = spec.relations.map((r) => `${r.from}.${r.name}->${r.to}`).sort();
    expect(refs).toEqual([
      'Order.customer->Customer',
      'OrderItem.order->Order',
      'Product.category->Category',
    ]);
  });

  it('fills fields from the knowledge base when the prompt names none', async () => {
    const { spec } = await planner.plan('movie watchlist');
    expect(spec.entities.map((e) => e.name)).toEqual(['Movie']);
    expect(spec.entities[0]?.fields.map((f) => f.name)).toContain('title');
    expect(spec.entities[0]?.displayField).toBe('title');
    expect(spec.complexity).toBe('simple');
  });

  it('keeps units in names and types from them', async () => {
    const { spec } = await planner.plan(
      'Hikes with a name, distance in km, duration in minutes and elevation gain in meters.',
    );
    const fields = Object.fromEntries(spec.entities[0]?.fields.map((f) => [f.name, f.type]) ?? []);
    expect(fields).toMatchObject({
      distanceKm: 'decimal',
      durationMinutes: 'integer',
      elevationGainMeters: 'decimal',
    });
  });

  it('never makes entities of meta nouns and singularises irregular plurals', async () => {
    const { spec } = await planner.plan(
      'A website and dashboard for people and their statuses; categories have data.',
    );
    const names = spec.entities.map((e) => e.name);
    for (const meta of ['Website', 'Dashboard', 'App', 'System']) expect(names).not.toContain(meta);
    expect(names).toContain('Person');
  });

  it('turns on auth for logins and roles, and makes the app advanced', async () => {
    const { spec } = await planner.plan(
      'Teams track tasks. Users log in, and admins manage roles and permissions.',
    );
    expect(spec.features).toContain('auth');
    expect(spec.complexity).toBe('advanced');
  });

  it('respects options: complexity and stack', async () => {
    const { spec } = await planner.plan('movie watchlist', { complexity: 'advanced' });
    expect(spec.complexity).toBe('advanced');
  });

  it('answers nonsense with a small valid spec and a warning', async () => {
    for (const prompt of ['hello', 'asdf', '!!!', '12345', 'lorem ipsum dolor sit amet']) {
      const result = await planner.plan(prompt);
      expect(result.spec.entities.length).toBeGreaterThanOrEqual(1);
      expect(result.warnings.join(' ')).toMatch(/Could not find/);
    }
  });

  it('does its best with non-English text and never crashes', async () => {
    for (const prompt of [
      'Une application pour gérer des livres et des auteurs',
      '図書館の本を管理するアプリ',
      'Приложение для учёта книг',
      'مكتبة الكتب',
    ]) {
      const result = await planner.plan(prompt);
      expect(result.spec.entities.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('rejects invalid prompts with a typed error', async () => {
    await expect(planner.plan('   ')).rejects.toBeInstanceOf(PromptValidationError);
    await expect(planner.plan('x'.repeat(1001))).rejects.toMatchObject({ code: 'PROMPT_TOO_LONG' });
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(planner.plan('movie watchlist', { signal: controller.signal })).rejects.toThrow();
  });
});

describe('detectFeatures', () => {
  it('reads keywords with negation', () => {
    expect(
      detectFeatures('No payments or user accounts are needed, but admins can export orders as CSV.'),
    ).toEqual({
      features: ['export-csv'],
      negated: ['auth'],
    });
    expect(
      detectFeatures('Search books, see charts on a dashboard, seed it with sample data').features.sort(),
    ).toEqual(['dashboard', 'search', 'seed-data']);
    expect(detectFeatures('User accounts are not needed.').features).toEqual([]);
    expect(detectFeatures('Without login.').negated).toEqual(['auth']);
  });
  it('only names known features', () => {
    const { features } = detectFeatures('login search dashboard csv sample data');
    for (const f of features) expect(FEATURES).toContain(f);
  });
});
