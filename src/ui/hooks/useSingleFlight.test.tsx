import * as React from 'react';
import { act, cleanup, render } from '@testing-library/react';
import { useSingleFlight, type SingleFlight } from './useSingleFlight';

describe('useSingleFlight', () => {
  afterEach(cleanup);

  function mount(): { flight: () => SingleFlight; unmount: () => void } {
    let current: SingleFlight | undefined;
    const Probe: React.FC = () => {
      current = useSingleFlight();
      return null;
    };
    const { unmount } = render(<Probe />);
    return { flight: () => current as SingleFlight, unmount };
  }

  it('runs one action at a time: a second run while the first is under way does nothing', async () => {
    const { flight } = mount();
    let finish: () => void = () => undefined;
    const calls: string[] = [];
    const first = flight().run(
      () =>
        new Promise<void>((resolve) => {
          calls.push('first');
          finish = resolve;
        }),
    );
    expect(flight().isBusy()).toBe(true);
    expect(
      await flight().run(async () => {
        calls.push('second');
      }),
    ).toBe(false);
    finish();
    expect(await first).toBe(true);
    expect(flight().isBusy()).toBe(false);
    expect(
      await flight().run(async () => {
        calls.push('third');
      }),
    ).toBe(true);
    expect(calls).toEqual(['first', 'third']);
  });

  it('throws what the action throws, and is free again after it', async () => {
    const { flight } = mount();
    await expect(flight().run(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(flight().isBusy()).toBe(false);
  });

  it('says when the component has gone', () => {
    const { flight, unmount } = mount();
    const f = flight();
    expect(f.isMounted()).toBe(true);
    act(() => unmount());
    expect(f.isMounted()).toBe(false);
  });
});
