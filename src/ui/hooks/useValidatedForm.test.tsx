import * as React from 'react';
import { act, render } from '@testing-library/react';
import type { ValidationResult } from '../../domain/validation';
import type { ContentProblem } from '../../domain/contentValidation';
import { useValidatedForm, type ValidatedForm } from './useValidatedForm';

type Draft = { title: string };
const validate = (d: Draft): ValidationResult<Draft, Partial<Record<keyof Draft, ContentProblem>>> =>
  d.title.trim()
    ? { ok: true, value: { title: d.title.trim() } }
    : { ok: false, problems: { title: { rule: 'required' } as ContentProblem } };

/** The hook in a component (this testing library predates renderHook); `result.current` is the latest form. */
function renderForm(initial: Draft, save: (v: Draft) => Promise<void>): { result: { current: ValidatedForm<Draft> } } {
  const result = { current: undefined as unknown as ValidatedForm<Draft> };
  const Probe: React.FC = () => {
    result.current = useValidatedForm<Draft, Draft>(initial, validate, save);
    return null;
  };
  render(<Probe />);
  return { result };
}

describe('useValidatedForm', () => {
  it('saves once when submit is called twice before the first save settles (a double click)', async () => {
    let finish: () => void = () => undefined;
    const save = jest.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    const { result } = renderForm({ title: 'Checklist' }, save);
    let first: Promise<void> = Promise.resolve();
    let second: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.submit();
      second = result.current.submit();
    });
    expect(save).toHaveBeenCalledTimes(1);
    await act(async () => {
      finish();
      await Promise.all([first, second]);
    });
    expect(result.current.saving).toBe(false);
    // Once settled, the next submit saves again.
    let third: Promise<void> = Promise.resolve();
    act(() => {
      third = result.current.submit();
    });
    expect(save).toHaveBeenCalledTimes(2);
    await act(async () => {
      finish();
      await third;
    });
  });

  it('saves nothing while the draft has problems', async () => {
    const save = jest.fn(async () => undefined);
    const { result } = renderForm({ title: '  ' }, save);
    await act(() => result.current.submit());
    expect(save).not.toHaveBeenCalled();
    expect(result.current.hasProblems).toBe(true);
  });
});
