/**
 * The gardener's tools on the community home (issue 21), by direct REST and through the same services
 * the community home runs, as the gardener of another community:
 *
 *   G1  a gardener answers (approves or declines) requests to a community they don't garden
 *
 * What stops them is SharePoint's: "CoP Gardener (approve)" on their own community's Memberships
 * folder only (see authorisation.test.ts A9). The community home offers Approve and Decline only to
 * the community's gardeners, but that is for clarity; these tests show the hidden buttons guard nothing.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import type { Community } from '../../src/domain/models.ts';
import { runPodCommand } from '../../src/domain/podCommands.ts';
import { TEST_COMMAND_TEXT } from '../podCommandText.ts';
import {
  communityByTitle,
  describe403,
  GARDENER_APPRAISALS,
  GARDENER_EVENTS,
  listPath,
  POD,
  refused,
  Rest,
  servicesAs,
  STAFF,
  startDemo,
} from './helpers.ts';

const TEXT = TEST_COMMAND_TEXT;

let emu: RunningEmulator;
let appraisals: Community;
const item = (id: number): string => `${listPath('memberships')}/items(${id})`;

async function moderation(id: number): Promise<{ status: number; comments: string }> {
  const r = await new Rest(emu, POD).get(`${item(id)}?$select=OData__ModerationStatus,OData__ModerationComments`);
  return { status: Number(r.body.OData__ModerationStatus), comments: String(r.body.OData__ModerationComments ?? '') };
}

before(async () => {
  emu = await startDemo();
  appraisals = await communityByTitle(emu, 'Appraisals and Inductions');
});
after(() => emu?.close());

describe('G1 a gardener answers requests in their own community only', { timeout: 60_000 }, () => {
  test("G1 the gardener of another community can neither approve nor decline, through the community home's commands or by direct REST; the community's own gardener can", async () => {
    const request = await servicesAs(emu, STAFF).memberships.join(appraisals, 'wider');
    assert.equal((await moderation(request.id)).status, 2, 'the request waits for a gardener');

    // Liam gardens Events Management, not Appraisals and Inductions.
    const liam = servicesAs(emu, GARDENER_EVENTS);
    for (const [command, reason] of [
      ['APPROVE_REQUESTS', undefined],
      ['DECLINE_REQUESTS', 'Not for you'],
    ] as const) {
      const [result] = await runPodCommand(command, [request.id], liam, { reason }, TEXT);
      assert.deepEqual({ ok: result.ok, message: result.message }, { ok: false, message: 'not allowed' }, command);
    }
    const rest = new Rest(emu, GARDENER_EVENTS);
    for (const body of [
      { OData__ModerationStatus: 0 },
      { OData__ModerationStatus: 1, OData__ModerationComments: 'Declined by a stranger' },
    ]) {
      const answer = await rest.merge(item(request.id), body);
      assert.ok(refused(answer), describe403(answer));
    }
    const viaForm = await rest.post(`${item(request.id)}/ValidateUpdateListItem`, {
      formValues: [{ FieldName: '_ModerationStatus', FieldValue: '0' }],
      bNewDocumentUpdate: false,
    });
    const formChanged = viaForm.status === 200 && (viaForm.body.value ?? []).some((v) => v.HasException === false);
    assert.ok(refused(viaForm) || !formChanged, describe403(viaForm));
    assert.deepEqual(await moderation(request.id), { status: 2, comments: '' }, 'still waiting, untouched');

    // Mei, its own gardener, declines it with a reason the member sees.
    const [own] = await runPodCommand(
      'DECLINE_REQUESTS',
      [request.id],
      servicesAs(emu, GARDENER_APPRAISALS),
      { reason: 'Full this term' },
      TEXT,
    );
    assert.equal(own.ok, true, own.message);
    assert.deepEqual(await moderation(request.id), { status: 1, comments: 'Full this term' });
  });
});
