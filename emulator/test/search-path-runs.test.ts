/**
 * pathRuns (emulator/src/sharepoint/search/docFacts.ts): the documents on a path as runs of
 * consecutive document numbers, which hub search's full-text scan reads one range each.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathBounds, pathRuns, type DocFacts } from '../src/sharepoint/search/docFacts.ts';

/** Facts of documents 1..n: list and path of each (list 0 is a number with no document). */
function facts(docs: Array<[list: number, path: string]>): DocFacts {
  const n = docs.length + 1;
  const f: DocFacts = {
    key: 'test',
    list: new Int32Array(n),
    kind: new Int8Array(n),
    scope: new Int32Array(n),
    author: new Int32Array(n),
    modStatus: new Int32Array(n),
    path: new Array<string>(n).fill(''),
    bounds: new Map(),
  };
  docs.forEach(([list, path], k) => {
    f.list[k + 1] = list;
    f.path[k + 1] = path;
  });
  return f;
}

const onA = (path: string): boolean => path.startsWith('/lists/a/');

test('runs of consecutive documents on the path; numbers with no document join a run, documents elsewhere end it', () => {
  const f = facts([
    [1, '/lists/a/1'],
    [1, '/lists/a/2'],
    [0, ''],
    [1, '/lists/a/3'],
    [2, '/lists/b/1'],
    [2, '/lists/b/2'],
    [1, '/lists/a/4'],
    [2, '/lists/b/3'],
  ]);
  const b = pathBounds(f, 'a', onA);
  assert.deepEqual([b.lo, b.hi], [1, 7]);
  assert.deepEqual(pathRuns(f, b, 8), [
    [1, 4],
    [7, 7],
  ]);
  // Past the most runs asked for: null, and the caller scans from the first to the last.
  assert.equal(pathRuns(f, b, 1), null);
});

test('no document on the path: no runs', () => {
  const f = facts([[2, '/lists/b/1']]);
  assert.deepEqual(pathRuns(f, pathBounds(f, 'a', onA), 8), []);
});
