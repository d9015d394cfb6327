/**
 * Launch keeps one core community per person (issue 21). Launching turns each founding pledge into a
 * membership; a founder who is already an active core member elsewhere gets what they chose when
 * pledging: by default a wider membership here (the other stays core), or, with "move my core
 * membership here", core here and the other one wider. Checked by direct REST on what SharePoint holds
 * straight after the launch, before the member's own next read could settle anything.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import { effectiveStatus } from '../../src/domain/membershipRules.ts';
import type { Community } from '../../src/domain/models.ts';
import { communityByTitle, listPath, POD, Rest, servicesAs, STAFF, STAFF2, startDemo } from './helpers.ts';

let emu: RunningEmulator;
before(async () => {
  emu = await startDemo();
});
after(() => emu?.close());

/** Each of the person's current memberships as SharePoint holds them: community id → level, for those a reader believes active. */
async function activeLevels(authorId: number, communities: readonly Community[]): Promise<Map<number, string>> {
  const r = await new Rest(emu, POD).get(
    `${listPath('memberships')}/items?$select=Id,CommunityId,Level,MemberStatus,OData__ModerationStatus&$filter=AuthorId eq ${authorId}`,
  );
  assert.equal(r.status, 200);
  const out = new Map<number, string>();
  for (const row of r.body.value ?? []) {
    const community = communities.find((c) => c.id === Number(row.CommunityId));
    if (!community) continue;
    const approval =
      ({ 0: 'approved', 1: 'rejected', 2: 'pending' } as const)[Number(row.OData__ModerationStatus) as 0 | 1 | 2] ?? 'pending';
    const m = { status: row.MemberStatus as 'active', approval };
    if (effectiveStatus(m, community) === 'active') out.set(community.id, String(row.Level));
  }
  return out;
}

describe('launch and the one-core rule', { timeout: 60_000 }, () => {
  test('a founder who is core elsewhere ends with one core community after launch, as they chose when pledging', async () => {
    const recruitment = await communityByTitle(emu, 'Student Recruitment'); // open: core at once
    const forming = (await servicesAs(emu, POD).communities.all()).find((c) => c.status === 'forming')!;
    assert.ok(forming, 'a forming community');

    // Sam is core in Student Recruitment and pledges with the default choice; Alex the same, but chooses to move core.
    const sam = await servicesAs(emu, STAFF).memberships.join(recruitment, 'core', true);
    const alex = await servicesAs(emu, STAFF2).memberships.join(recruitment, 'core', true);
    await servicesAs(emu, STAFF).memberships.pledge(forming);
    await servicesAs(emu, STAFF2).memberships.pledge(forming, 'moveCore');

    const outcome = await servicesAs(emu, POD).admin.launch(forming, 'Launch with founders core elsewhere');
    assert.ok(
      outcome.founders.every((f) => f.ok),
      JSON.stringify(outcome.founders),
    );

    const communities = await servicesAs(emu, POD).communities.all();
    const samNow = await activeLevels(sam.member.id, communities);
    assert.deepEqual(
      [samNow.get(recruitment.id), samNow.get(forming.id)],
      ['core', 'wider'],
      'default: wider in the new community, still core where he was',
    );
    const alexNow = await activeLevels(alex.member.id, communities);
    assert.deepEqual(
      [alexNow.get(recruitment.id), alexNow.get(forming.id)],
      ['wider', 'core'],
      'moveCore: core in the new community, wider where she was',
    );
    for (const levels of [samNow, alexNow]) assert.equal([...levels.values()].filter((l) => l === 'core').length, 1, 'one core community');
    // What the console reports per founder says which.
    assert.match(outcome.founders.find((f) => f.label === sam.member.displayName)?.message ?? '', /wider member here/);
    assert.match(outcome.founders.find((f) => f.label === alex.member.displayName)?.message ?? '', /wider member of Student Recruitment/);
  });
});
