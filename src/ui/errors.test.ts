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
