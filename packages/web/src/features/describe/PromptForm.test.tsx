import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../lib/api/api-error.ts';
import type { GenerateRequest, GenerateResponse } from '../../lib/api/types.ts';
import { PromptForm } from './PromptForm.tsx';

const accepted: GenerateResponse = { jobId: 'job-1', status: 'queued', statusUrl: '/s', eventsUrl: '/e' };
const stacks = async () => ({
  stacks: [{ id: 'react-express-postgres', label: 'React + Express + PostgreSQL' }],
});

function setup(submit = vi.fn(async (_request: GenerateRequest) => accepted)) {
  const onSubmitted = vi.fn();
  render(<PromptForm submit={submit} onSubmitted={onSubmitted} loadStacks={stacks} />);
  const prompt = screen.getByLabelText('Describe your app') as HTMLTextAreaElement;
  const send = screen.getByRole('button', { name: /generate project/i });
  return { submit, onSubmitted, prompt, send };
}

describe('PromptForm', () => {
  it('counts characters as the server does while typing', () => {
    const { prompt } = setup();
    expect(screen.getByTestId('prompt-count').textContent).toBe('0 / 1000');
    fireEvent.change(prompt, { target: { value: '  A blog with posts  ' } });
    expect(screen.getByTestId('prompt-count').textContent).toBe('17 / 1000');
    // An emoji is one character, not two UTF-16 units.
    fireEvent.change(prompt, { target: { value: 'Todo 📝' } });
    expect(screen.getByTestId('prompt-count').textContent).toBe('6 / 1000');
  });

  it('refuses a 1001-character prompt in the browser, with the shared rule message', async () => {
    const { prompt, send, submit } = setup();
    fireEvent.change(prompt, { target: { value: 'a'.repeat(1001) } });
    expect(screen.getByTestId('prompt-count').textContent).toBe('1001 / 1000');
    expect(screen.getByRole('alert').textContent).toMatch(/1001 characters long; shorten it to at most 1000/);
    expect(prompt.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(send);
    await waitFor(() => expect(document.activeElement).toBe(prompt));
    expect(submit).not.toHaveBeenCalled();
  });

  it('accepts exactly 1000 characters and sends the trimmed prompt with the options', async () => {
    const { prompt, send, submit, onSubmitted } = setup();
    fireEvent.change(prompt, { target: { value: ` ${'b'.repeat(1000)} ` } });
    fireEvent.click(screen.getByLabelText(/advanced/i));
    fireEvent.click(send);
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledOnce());
    expect(submit).toHaveBeenCalledWith({
      prompt: 'b'.repeat(1000),
      complexity: 'advanced',
      stack: 'react-express-postgres',
    });
  });

  it('leaves the level to the planner unless one is chosen', async () => {
    const { prompt, send, submit, onSubmitted } = setup();
    fireEvent.change(prompt, { target: { value: 'A shop where customers log in to see their orders' } });
    expect((screen.getByLabelText(/from my description/i) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(send);
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledOnce());
    expect(submit).toHaveBeenCalledWith({
      prompt: 'A shop where customers log in to see their orders',
      stack: 'react-express-postgres',
    });
  });

  it('refuses an empty prompt without calling the server', async () => {
    const { send, submit } = setup();
    fireEvent.click(send);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Describe the app you want/);
    expect(submit).not.toHaveBeenCalled();
  });

  it('shows a 400 from the server on the field at fault', async () => {
    const submit = vi.fn(async () => {
      throw new ApiError(
        'http',
        400,
        'PROMPT_CONTROL_CHARS',
        'The description contains an invisible control character.',
        {
          field: 'prompt',
        },
      );
    });
    const { prompt, send } = setup(submit);
    fireEvent.change(prompt, { target: { value: 'A recipe book with ingredients' } });
    fireEvent.click(send);
    const error = await screen.findByRole('alert');
    expect(error.textContent).toBe('The description contains an invisible control character.');
    expect(prompt.getAttribute('aria-invalid')).toBe('true');
    expect(prompt.getAttribute('aria-describedby')).toContain(error.id);
  });

  it('shows a 400 about the stack under the stack select', async () => {
    const submit = vi.fn(async () => {
      throw new ApiError('http', 400, 'VALIDATION_FAILED', 'Unknown stack; choose react-express-postgres.', {
        fields: [{ path: 'stack', message: 'must be one of: react-express-postgres' }],
      });
    });
    const { prompt, send } = setup(submit);
    fireEvent.change(prompt, { target: { value: 'A recipe book' } });
    fireEvent.click(send);
    await screen.findByText('Unknown stack; choose react-express-postgres.');
    expect(screen.getByLabelText('Stack').getAttribute('aria-invalid')).toBe('true');
  });

  it('explains each level, and shows a 400 about the level under the level picker', async () => {
    const submit = vi.fn(async () => {
      throw new ApiError('http', 400, 'VALIDATION_FAILED', 'Choose simple, standard or advanced.', {
        fields: [{ path: 'complexity', message: 'Choose simple, standard or advanced.' }],
      });
    });
    const { prompt, send } = setup(submit);
    expect(screen.getByLabelText(/simple/i).closest('label')?.textContent).toMatch(/No accounts/);
    expect(screen.getByLabelText(/advanced/i).closest('label')?.textContent).toMatch(/sign-up and log-in/);
    fireEvent.change(prompt, { target: { value: 'A recipe book' } });
    fireEvent.click(screen.getByLabelText(/advanced/i));
    fireEvent.click(send);
    await waitFor(() =>
      expect(submit).toHaveBeenCalledWith(expect.objectContaining({ complexity: 'advanced' })),
    );
    const fieldset = screen.getByRole('group', { name: 'Complexity' });
    expect(await within(fieldset).findByText('Choose simple, standard or advanced.')).toBeTruthy();
    expect(fieldset.getAttribute('aria-describedby')).toBe('complexity-error');
  });

  it('tells a rate-limited person how long to wait', async () => {
    const submit = vi.fn(async () => {
      throw new ApiError('http', 429, 'RATE_LIMITED', 'Too many requests', undefined, 12);
    });
    const { prompt, send } = setup(submit);
    fireEvent.change(prompt, { target: { value: 'A recipe book' } });
    fireEvent.click(send);
    expect((await screen.findByTestId('rate-limit')).textContent).toMatch(/try again in 12 s/);
  });
});
