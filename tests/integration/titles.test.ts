/**
 * A suggestion titled with markup (issue 21): once accepted it is a proposed community whose title
 * stays as typed (inert text), but it no longer sorts first in the communities every view and the
 * sponsor report's default take their order from. Real PnPjs against the emulator.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator/src/server.ts';
import { SEEDS } from '../../emulator/src/seeds.ts';
import { createServices } from '../../src/data/factory.ts';
import { runPodCommand, type PodCommandText } from '../../src/domain/podCommands.ts';
import { titleSortKey } from '../../src/domain/titleOrder.ts';
import type { CopServices } from '../../src/domain/services.ts';

const D = '@cophub.example';
const TEXT = new Proxy({}, { get: () => (x: unknown) => String(x) }) as unknown as PodCommandText;

let emu: RunningEmulator;
const as = (upn: string): CopServices =>
  createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': upn } });

before(async () => {
  emu = await startEmulator({ port: 0, seed: SEEDS.demo });
});
after(async () => {
  await emu?.close();
});

test('a community named with markup keeps its text and sorts by its words, not first', async () => {
  const title = '<b>Zebra crossings</b> review';
  const suggestion = await as(`sam.taylor${D}`).content.suggest({ title, description: 'Road safety', practiceArea: '', kind: 'new idea' });
  const [result] = await runPodCommand('ACCEPT_SUGGESTION', [suggestion.id], as(`priya.desai${D}`), {}, TEXT);
  assert.equal(result.ok, true, result.message);
  const all = await as(`priya.desai${D}`).communities.all();
  const at = all.findIndex((c) => c.title === title);
  assert.ok(at >= 0, 'the community keeps its title as typed');
  assert.notEqual(at, 0, 'it does not sort first');
  // Every community before it files under a word before "Zebra".
  assert.ok(
    all.slice(0, at).every((c) => titleSortKey(c.title).localeCompare('Zebra', undefined, { sensitivity: 'base' }) < 0),
    all.map((c) => c.title).join(' | '),
  );
  assert.equal((await as(`priya.desai${D}`).communities.listing()).findIndex((c) => c.title === title) > 0, true);
});
