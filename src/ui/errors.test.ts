import { TransitionRefused } from '../domain/errors';
import { transition } from '../domain/lifecycle';
import * as fs from 'fs';
import * as path from 'path';
import { describeError, isStaleEdit, namesInternals } from './errors';

const http = (status: number): Error =>
  Object.assign(new Error(`Error making HttpClient request in queryable [${status}] ::> {"odata.error":{}}`), { status });

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

describe('a message a member may see never names internals', () => {
  const internal = /HTTP|digest|odata|queryable|::>|\[\d{3}\]|\(\s*[45]\d\d\s*\)|\bstatus\s*\d{3}\b/;
  it('puts every HTTP status, library message and stack in words', () => {
    const raw: unknown[] = [
      ...[400, 401, 403, 404, 405, 409, 412, 413, 422, 429, 500, 502, 503, 504].map(http),
      new Error('Could not get a form digest (HTTP 503).'),
      new Error('Error making HttpClient request in queryable [400] ::> {"odata.error":{}}'),
      new Error("Cannot read properties of undefined (reading 'Id')"),
      new Error('Error: x\n    at f (a.js:1:1)'),
      new TypeError('Failed to fetch'),
      '',
      undefined,
    ];
    for (const e of raw) {
      const said = describeError(e);
      expect(said).not.toMatch(internal);
      expect(said).not.toMatch(/undefined|Error\b/);
      expect(said.length).toBeGreaterThan(10);
    }
  });
  it('says what happened and what to do for the statuses a member meets', () => {
    expect(describeError(http(400))).toMatch(/didn't accept that.*try again/);
    expect(describeError(new Error('Could not get a form digest (HTTP 503).'))).toMatch(/try again/i);
  });
  it('the data layer throws only messages that can be shown as they are, or with a status describeError puts in words', () => {
    const dir = path.join(__dirname, '..', 'data');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const m of text.matchAll(/new Error\((['`])((?:\\.|(?!\1).)*)\1/g)) {
        expect([file, m[2], internal.test(m[2]) || namesInternals(m[2])]).toEqual([file, m[2], false]);
      }
    }
  });
});
