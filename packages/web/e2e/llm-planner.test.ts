/**
 * With an LLM configured (a fake OpenAI-compatible server, the real SDK behind the real server), the
 * result page names the planner that produced the spec, its tokens and cost — and when the LLM fails,
 * that the offline planner stood in and why.
 */
import { apiError, completion, FakeOpenAI } from '@appgen/planner/test-support/fake-openai';
import { clinicAnswer } from '@appgen/planner/test-support/llm-answers';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

/** Prompts with this word get an answer; all others a 503. */
const ANSWERED = 'veterinary';

describe('the planner on the result page, with an LLM configured', () => {
  let fake: FakeOpenAI;
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    fake = await FakeOpenAI.start();
    fake.otherwise((request) =>
      request.body.messages?.at(-1)?.content.includes(ANSWERED)
        ? completion(JSON.stringify(clinicAnswer()), { promptTokens: 1800, completionTokens: 900 })
        : apiError(503, 'overloaded'),
    );
    server = await startTestServer({
      env: { OPENAI_BASE_URL: fake.url, OPENAI_MAX_RETRIES: '1', OPENAI_RETRY_BASE_MS: '10' },
    });
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fake?.close();
  });

  async function generate(prompt: string) {
    await page.goto(server.url);
    await page.getByLabel('Describe your app').fill(prompt);
    await page.getByRole('button', { name: 'Generate project' }).click();
    await page.getByTestId('result-view').waitFor({ timeout: 30_000 });
  }

  it('names the LLM and what the plan cost', async () => {
    await generate(`A ${ANSWERED} clinic with owners, pets, vets, appointments and treatments`);
    expect(await page.getByTestId('planner-name').textContent()).toBe('LLM · gpt-4.1-mini');
    expect(await page.getByTestId('result-metadata').textContent()).toContain(
      '1,800 in · 900 out tokens · $0.0022',
    );
    const entities = await page
      .getByTestId('entity-card')
      .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.entity));
    expect(entities).toEqual(['Owner', 'Pet', 'Vet', 'Appointment', 'Treatment']);
  });

  it('says when the offline planner stood in for a failing LLM, and why', async () => {
    await generate('A library app: members borrow books; each loan has a due date.');
    expect(await page.getByTestId('planner-name').textContent()).toBe('Offline planner');
    expect(await page.getByTestId('result-metadata').textContent()).toContain('Fallback');
    expect(await page.getByTestId('planner-reason').textContent()).toBe(
      'The LLM server failed (HTTP 503) after 2 attempts; planned offline instead.',
    );
    await screenshot(page, '07-result-llm-fallback');
  });
});
