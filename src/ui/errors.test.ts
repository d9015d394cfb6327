import { TransitionRefused } from '../domain/errors';
import { transition } from '../domain/lifecycle';
import { describeError, isStaleEdit } from './errors';

const http = (status: number): Error => Object.assign(new Error(`Error making HttpClient request in queryable [${status}] ::> {"odata.error":{}}`), { status });

describe('describeError', () => {
  it('puts HTTP failures in words, never the raw response', () => {
    expect(describeError(http(403))).toMatch(/don't have permission/);
    expect(describeError(http(429))).toMatch(/SharePoint is busy/);
    expect(describeError(http(500))).toMatch(/SharePoint couldn't answer/);
    expect(describeError(http(502))).not.toMatch(/odata/);
    expect(describeError(http(503))).toMatch(/SharePoint is busy/);
  });
  it('tells the person a stale edit was refused and to reload, rather than that it failed', () => {
    expect(describeError(http(412))).toMatch(/Someone else changed this.*Reload/);
    expect([isStaleEdit(http(412)), isStaleEdit(http(409)), isStaleEdit(new TypeError('x'))]).toEqual([true, false, false]);
    expect(describeError(http(404))).toMatch(/no longer exists/);
  });
  it('says when the network is down, and keeps a plain message as it is', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/couldn't reach SharePoint/);
    expect(describeError(new Error('Title: too long'))).toBe('Title: too long');
  });
});

describe('a refused status change in words (the lifecycle gives codes)', () => {
  it('says each problem, with its data', () => {
    const refused = (from: Parameters<typeof transition>[0], to: Parameters<typeof transition>[1], reason: string): string => {
      const t = transition(from, to, reason);
      if (t.ok) throw new Error('expected a refusal');
      return describeError(new TransitionRefused(t.problem));
    };
    expect(refused('proposed', 'launched', 'Keen')).toBe("A proposed community can't become launched. It can become: forming, closed.");
    expect(refused('closed', 'launched', 'Revive')).toBe("A closed community can't be changed.");
    expect(refused('launched', 'dormant', ' ')).toBe('Give a reason for the change.');
    expect(refused('launched', 'launched', 'x')).toBe('The community is already launched.');
    expect(refused('launched', 'dormant', 'x'.repeat(1001))).toBe('The reason must be 1,000 characters or fewer.');
  });
});
