import * as React from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useAsync, type AsyncOptions } from './useAsync';

/** Shows the state; each load answers with the next of `answers` (a string, or an Error to reject). */
function Probe({ answers, options }: { answers: Array<string | Error>; options?: AsyncOptions }): JSX.Element {
  const calls = React.useRef(0);
  const { state, reload, reloading } = useAsync(
    () => {
      const a = answers[calls.current++];
      return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
    },
    [],
    options,
  );
  const shown = state.status === 'ready' ? state.data : state.status;
  return (
    <button onClick={reload}>
      {shown}
      {reloading ? ' (reloading)' : ''}
    </button>
  );
}

describe('useAsync', () => {
  afterEach(cleanup);

  it('loads, shows an error, and loads again on reload, through loading', async () => {
    render(<Probe answers={[new Error('down'), 'data']} />);
    expect(screen.getByRole('button').textContent).toBe('loading (reloading)');
    expect((await screen.findByText('error')).textContent).toBe('error');
    act(() => screen.getByRole('button').click());
    expect(screen.getByRole('button').textContent).toBe('loading (reloading)');
    expect((await screen.findByText('data')).textContent).toBe('data');
  });

  it('with keepWhileReloading, a reload keeps what is shown until the new data arrives', async () => {
    render(<Probe answers={['first', 'second']} options={{ keepWhileReloading: true }} />);
    await screen.findByText('first');
    act(() => screen.getByRole('button').click());
    expect(screen.getByRole('button').textContent).toBe('first (reloading)');
    expect((await screen.findByText('second')).textContent).toBe('second');
  });
});
