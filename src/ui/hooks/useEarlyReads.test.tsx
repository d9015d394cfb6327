import * as React from 'react';
import { cleanup, render } from '@testing-library/react';
import { useEarlyReads } from './useEarlyReads';

describe('useEarlyReads', () => {
  afterEach(cleanup);

  it('starts the reads in an effect, once per deps however often the view renders, and not during render', () => {
    const started: string[] = [];
    const seen: string[] = [];
    const Probe: React.FC<{ id: string; tick: number }> = ({ id }) => {
      const { started: ready, early } = useEarlyReads(() => {
        started.push(id);
        return `reads of ${id}`;
      }, [id]);
      seen.push(ready ? String(early) : 'not started');
      return null;
    };
    const { rerender } = render(<Probe id="a" tick={0} />);
    expect(seen[0]).toBe('not started');
    expect(started).toEqual(['a']);
    rerender(<Probe id="a" tick={1} />);
    rerender(<Probe id="a" tick={2} />);
    expect(started).toEqual(['a']);
    expect(seen[seen.length - 1]).toBe('reads of a');
    seen.length = 0;
    rerender(<Probe id="b" tick={3} />);
    // The render with new deps never sees the old reads; the effect then starts b's.
    expect(seen[0]).toBe('not started');
    expect(started).toEqual(['a', 'b']);
    expect(seen[seen.length - 1]).toBe('reads of b');
  });
});
