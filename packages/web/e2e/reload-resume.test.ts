/** Reloading the job page mid-job shows the same job, and it still reaches completed. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.ts';

const PROMPT =
  'A clinic booking system: patients book appointments with doctors; each appointment has a date and notes.';

describe('reload mid-job', () => {
  const baseUrl = inject('appgenUrl');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('resumes from the server state after a reload and in a second tab', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByLabel('Describe your app').fill(PROMPT);
    await page.getByRole('button', { name: 'Generate project' }).click();
    await page.waitForURL(/\/jobs\/[^/]+$/);
    const jobUrl = page.url();

    const status = page.getByTestId('job-status');
    await page.locator('[data-testid="job-status"]:not([data-status="unknown"])').waitFor();
    expect(await status.getAttribute('data-status')).not.toBe('completed');
    await page.reload();
    expect(page.url()).toBe(jobUrl);
    await page.locator('[data-testid="job-status"]:not([data-status="unknown"])').waitFor();
    const afterReload = await status.getAttribute('data-status');
    expect(['queued', 'planning', 'generating', 'storing', 'completed']).toContain(afterReload);
    await screenshot(page, '08-progress-after-reload');

    // The same link in another tab of the same browser shows the same job.
    const second = await context.newPage();
    await second.goto(jobUrl);
    await page.locator('[data-testid="job-status"][data-status="completed"]').waitFor({ timeout: 30_000 });
    await second.locator('[data-testid="job-status"][data-status="completed"]').waitFor({ timeout: 30_000 });
    await second.getByTestId('result-view').waitFor();
    await context.close();
  });

  it('shows "not found" for a job of another browser', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/jobs/00000000-0000-0000-0000-000000000000`);
    await page.getByRole('heading', { name: 'Job not found' }).waitFor();
    await page.close();
  });
});
