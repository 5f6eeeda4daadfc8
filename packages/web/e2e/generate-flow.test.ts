/** Submit a prompt, watch it complete over SSE, read the data model and a file, download the ZIP. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.ts';
import { zipEntryNames } from './support/zip.ts';

const PROMPT =
  'A library app: members borrow books; each loan has a due date and a late fee. Track authors and genres.';

describe('generate a project in the browser', () => {
  const baseUrl = inject('appgenUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the prompt page with stacks from the API, and picks Fastify', async () => {
    await page.goto(baseUrl);
    await page.getByLabel('Describe your app').waitFor();
    await expect
      .poll(() => page.locator('#stack option').allTextContents())
      .toContain('React + Express + PostgreSQL');
    const offered = await page.locator('#stack option').allTextContents();
    expect(offered).toEqual(
      expect.arrayContaining(['React + Fastify + PostgreSQL', 'Vue + Fastify + SQLite']),
    );
    await page.locator('#stack').selectOption({ label: 'React + Fastify + PostgreSQL' });
    await page.getByLabel('Describe your app').fill(PROMPT);
    expect(await page.getByTestId('prompt-count').textContent()).toBe(`${PROMPT.length} / 1000`);
    await screenshot(page, '01-describe');
  });

  it('reaches completed over SSE, stage by stage', async () => {
    const sawEventStream = page.waitForResponse(
      (response) =>
        response.url().includes('/events') &&
        response.headers()['content-type']?.startsWith('text/event-stream') === true,
    );
    await page.getByRole('button', { name: 'Generate project' }).click();
    await page.waitForURL(/\/jobs\/[^/]+$/);
    await sawEventStream;
    await page
      .getByTestId('job-status')
      .and(page.locator('[data-status="generating"], [data-status="storing"], [data-status="planning"]'))
      .waitFor();
    await screenshot(page, '02-progress');
    await page.locator('[data-testid="job-status"][data-status="completed"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('progress-percent').textContent()).toBe('100%');
    expect(await page.locator('[data-stage][data-state="done"]').count()).toBe(5);
    await page.getByTestId('result-view').waitFor();
  });

  it('shows the data model: entities with typed fields, relations and a diagram', async () => {
    const model = page.getByTestId('data-model');
    await model.waitFor();
    const entities = await page
      .getByTestId('entity-card')
      .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.entity));
    expect(entities).toEqual(expect.arrayContaining(['Member', 'Book', 'Loan']));
    expect(await page.locator('[data-entity="Loan"] table').textContent()).toMatch(/dueDate\s*date/);
    expect(await page.getByRole('list', { name: 'Relations' }).textContent()).toMatch(/Each Loan belongs to/);
    expect(await page.locator('[data-testid="diagram-node"]').count()).toBe(entities.length);
    expect(await page.getByTestId('result-metadata').textContent()).toMatch(/offline/i);
    // No level was chosen: the planner's, from a description with no accounts.
    expect(await page.getByTestId('project-level').textContent()).toBe(
      'standard level · react + fastify + postgres',
    );
    await screenshot(page, '03-result-data-model');
  });

  it('opens a file in the lazily loaded, highlighted code viewer', async () => {
    await page.getByRole('tab', { name: /Files/ }).click();
    await page.getByTestId('file-browser').waitFor();
    // The README opens first.
    await page.getByTestId('code-viewer').waitFor();
    expect(await page.getByTestId('open-file-path').textContent()).toBe('README.md');
    // Top-level folders start open.
    await page.locator('[data-path="server/package.json"]').click();
    await expect
      .poll(() => page.getByTestId('open-file-path').textContent())
      .toMatch(/server\/package\.json$/);
    await expect.poll(() => page.getByTestId('code-viewer').textContent()).toContain('"dependencies"');
    // The stack picked on the first page: the server is a Fastify one.
    expect(await page.getByTestId('code-viewer').textContent()).toContain('"fastify"');
    expect(await page.locator('[data-testid="code-viewer"] .hljs-attr').count()).toBeGreaterThan(0);
    await screenshot(page, '04-result-files');
  });

  it('downloads a ZIP that holds the whole project', async () => {
    const result = (await (await context.request.get(`${baseUrl}/api/results/${jobIdOf(page)}`)).json()) as {
      spec: { app: { slug: string } };
      files: { path: string }[];
    };
    const downloading = page.waitForEvent('download');
    await page.getByTestId('download-zip').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${result.spec.app.slug}.zip`);
    const names = (await zipEntryNames(await download.path())).filter((name) => !name.endsWith('/'));
    const top = `${result.spec.app.slug}/`;
    expect(names.every((name) => name.startsWith(top))).toBe(true);
    expect(names.map((name) => name.slice(top.length)).sort()).toEqual(
      result.files.map((file) => file.path).sort(),
    );
    expect(names).toEqual(expect.arrayContaining([`${top}package.json`, `${top}README.md`]));
  });

  it('lists the job in the history, with its download', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    await page.getByTestId('history-list').waitFor();
    expect(await page.getByTestId('history-open').count()).toBe(1);
    expect(await page.getByRole('link', { name: /Download .* as ZIP/ }).count()).toBe(1);
    await screenshot(page, '05-history');
  });

  it('switches to the dark theme with the toggle, and keeps it on reload', async () => {
    await page.getByTestId('history-open').first().click();
    await page.getByTestId('result-view').waitFor();
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await page.reload();
    await page.getByTestId('result-view').waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await screenshot(page, '05b-result-dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
  });

  it('looks right in the dark theme at phone width', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    const phonePage = await phone.newPage();
    await phonePage.goto(baseUrl);
    await phonePage.getByLabel('Describe your app').waitFor();
    expect(await phonePage.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phonePage, '06-describe-phone-dark');
    await phone.close();
  });
});

function jobIdOf(page: Page): string {
  const match = /\/jobs\/([^/?#]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a job page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}
