/** The browser refuses a 1001-character prompt with the shared rule, and never sends it. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.ts';

describe('prompt validation in the browser', () => {
  const baseUrl = inject('appgenUrl');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses 1001 characters without calling POST /api/generate', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await page.goto(baseUrl);
    const prompt = page.getByLabel('Describe your app');
    await prompt.fill('x'.repeat(1001));
    expect(await page.getByTestId('prompt-count').textContent()).toBe('1001 / 1000');
    expect(await prompt.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Generate project' }).click();
    const error = page.getByRole('alert');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/1001 characters long; shorten it to at most 1000/);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(page.url()).toBe(`${baseUrl}/`);
    expect(posts).toEqual([]);
    await screenshot(page, '07-prompt-too-long');

    // One character fewer is accepted.
    await prompt.fill('A recipe book: recipes have ingredients and steps. '.padEnd(1000, '.'));
    expect(await page.getByTestId('prompt-count').textContent()).toBe('1000 / 1000');
    expect(await prompt.getAttribute('aria-invalid')).toBeNull();
    await page.close();
  });
});
