/**
 * Threat N1: someone turns off (or on) another person's Teams notifications, so they miss a request
 * or a decision. The choice lives on the person's own Member Profiles item (WriteSecurity 2: only
 * its Author edits it), and senders read it by Author, which nobody can forge.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import { MUTED_FIELD } from '../../src/data/notifier.ts';
import { describe403, GARDENER_EVENTS, listPath, refused, Rest, servicesAs, STAFF, STAFF2, startDemo } from './helpers.ts';

let emu: RunningEmulator;
before(async () => {
  emu = await startDemo();
});
after(async () => {
  await emu.close();
});

test('N1 nobody else can change my notification choices by direct REST; I can, and senders honour only mine', async () => {
  await servicesAs(emu, STAFF).notifications.setMutedKinds(['requestApproved']);
  const owner = new Rest(emu, STAFF);
  const me = await owner.get(`/_api/web/currentuser`);
  const mine = await owner.get(`${listPath('profiles')}/items?$select=Id,${MUTED_FIELD}&$filter=AuthorId eq ${String(me.body.Id)}`);
  const item = mine.body.value?.[0];
  assert.ok(item, 'my profile item holds my choices');
  for (const upn of [STAFF2, GARDENER_EVENTS]) {
    const other = new Rest(emu, upn);
    const answer = await other.merge(`${listPath('profiles')}/items(${String(item.Id)})`, { [MUTED_FIELD]: '' });
    assert.ok(refused(answer), `${upn} changed my choices: ${describe403(answer)}`);
    // A second item of "mine" made by someone else is theirs (Author), so it mutes nobody but them.
    const forged = await other.post(`${listPath('profiles')}/items`, { Title: 'Sam Taylor', [MUTED_FIELD]: 'joinRequested' });
    assert.equal(forged.status, 201);
    assert.notEqual((forged.body as { AuthorId?: number }).AuthorId, me.body.Id);
  }
  assert.deepEqual(await servicesAs(emu, STAFF).notifications.mutedKinds(), ['requestApproved']);
  const changed = await owner.merge(`${listPath('profiles')}/items(${String(item.Id)})`, { [MUTED_FIELD]: 'requestDeclined' });
  assert.ok(!refused(changed), describe403(changed));
  assert.deepEqual(await servicesAs(emu, STAFF).notifications.mutedKinds(), ['requestDeclined']);
});
