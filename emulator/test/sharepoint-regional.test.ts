/**
 * The web's regional settings, its time zone and SharePoint's list of zones, through @pnp/sp as a web
 * part would call them (https://pnp.github.io/pnpjs/sp/regional-settings/) and by raw REST in both
 * metadata modes (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/get-to-know-the-sharepoint-rest-service),
 * the parts the emulator doesn't serve refused by name, and the page context the workbench reads:
 * the site's zone and the signed-in person's own.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import '@pnp/sp/regional-settings/web';
import { DEMO_DOMAIN } from '../src/identities.ts';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { SHAREPOINT_TIME_ZONES } from '../../src/ui/timeZones.ts';
import { spClient } from './clients.ts';
import { MEMBER, OWNER, spErrorOf } from './sp-helpers.ts';

const NEW_YORKER = `chloe.dubois@${DEMO_DOMAIN}`;
const NOT_SUPPORTED = '-1, System.NotSupportedException';

let emu: RunningEmulator;
before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(() => emu.close());

async function get(path: string, accept: string, upn = MEMBER): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${emu.siteUrl}/_api/${path}`, { headers: { Accept: accept, 'X-Emulator-User': upn } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("the web's regional settings (SP.RegionalSettings)", () => {
  test("PnPjs reads the site's time zone: London, id 2, with SharePoint's description and offsets", async () => {
    const sp = spClient(emu.siteUrl, MEMBER);
    const zone = await sp.web.regionalSettings.timeZone();
    assert.equal(zone.Id, 2);
    assert.equal(zone.Description, '(UTC+00:00) Dublin, Edinburgh, Lisbon, London');
    assert.deepEqual(zone.Information, { Bias: 0, DaylightBias: -60, StandardBias: 0 });
    const settings = await sp.web.regionalSettings();
    assert.equal(settings.LocaleId, 2057);
    assert.equal(settings.Time24, true);
    const some = await sp.web.regionalSettings.select('Time24', 'FirstDayOfWeek')();
    assert.deepEqual(
      Object.keys(some).filter((k) => !k.startsWith('odata.')),
      ['Time24', 'FirstDayOfWeek'],
    );
  });

  test("PnPjs lists SharePoint's zones and gets one by id, each with the offset of its cities", async () => {
    const sp = spClient(emu.siteUrl, MEMBER);
    const zones = await sp.web.regionalSettings.timeZones();
    assert.deepEqual(
      zones.map((z) => z.Id),
      Object.keys(SHAREPOINT_TIME_ZONES).map(Number),
    );
    const eastern = await sp.web.regionalSettings.timeZones.getById(10);
    assert.equal(eastern.Description, '(UTC-05:00) Eastern Time (US and Canada)');
    assert.equal(eastern.Information.Bias, 300);
    const kathmandu = zones.find((z) => z.Id === 62);
    assert.equal(kathmandu?.Description, '(UTC+05:45) Kathmandu');
    assert.equal(kathmandu?.Information.Bias, -345);
    assert.equal(zones.find((z) => z.Id === 93)?.Description, '(UTC) Coordinated Universal Time');
  });

  test('answers minimal metadata by default, as SharePoint Online does', async () => {
    const { status, body } = await get('web/RegionalSettings/TimeZone', 'application/json');
    assert.equal(status, 200);
    assert.equal(body['odata.type'], 'SP.TimeZone');
    assert.equal(body['odata.metadata'], `${emu.siteUrl}/_api/$metadata#SP.ApiData.TimeZones/@Element`);
    assert.equal(body['odata.editLink'], 'Web/RegionalSettings/TimeZone');
    assert.deepEqual(body.Information, { Bias: 0, DaylightBias: -60, StandardBias: 0 });
    const list = await get('web/RegionalSettings/TimeZones', 'application/json;odata=minimalmetadata');
    assert.equal(list.body['odata.metadata'], `${emu.siteUrl}/_api/$metadata#SP.ApiData.TimeZones`);
    assert.equal((list.body.value as unknown[]).length, Object.keys(SHAREPOINT_TIME_ZONES).length);
    const settings = await get('web/RegionalSettings', 'application/json');
    assert.equal(settings.body['odata.type'], 'SP.RegionalSettings');
  });

  test('answers verbose metadata when asked, with the complex type named', async () => {
    const { body } = await get('web/regionalsettings/timezones(10)', 'application/json;odata=verbose');
    const d = body.d as Record<string, unknown>;
    assert.deepEqual(d.__metadata, {
      id: `${emu.siteUrl}/_api/Web/RegionalSettings/TimeZones(10)`,
      uri: `${emu.siteUrl}/_api/Web/RegionalSettings/TimeZones(10)`,
      type: 'SP.TimeZone',
    });
    assert.deepEqual(d.Information, { __metadata: { type: 'SP.TimeZoneInformation' }, Bias: 300, DaylightBias: -60, StandardBias: 0 });
    const list = await get('web/RegionalSettings/TimeZones', 'application/json;odata=verbose');
    assert.equal((list.body.d as { results: unknown[] }).results.length, Object.keys(SHAREPOINT_TIME_ZONES).length);
    const prop = await get('web/RegionalSettings/TimeZone/Description', 'application/json;odata=verbose');
    assert.deepEqual(prop.body, { d: { Description: '(UTC+00:00) Dublin, Edinburgh, Lisbon, London' } });
  });

  test("an id SharePoint doesn't have is not found; a malformed one is the client's mistake", async () => {
    const missing = await spErrorOf(spClient(emu.siteUrl, MEMBER).web.regionalSettings.timeZones.getById(52));
    assert.equal(missing.status, 404);
    assert.match(missing.message, /time zone with id 52 does not exist/);
    const bad = await get("web/RegionalSettings/TimeZones('London')", 'application/json');
    assert.equal(bad.status, 400);
  });

  test('refuses, by name, the parts of regional settings the emulator does not serve', async () => {
    const sp = spClient(emu.siteUrl, OWNER);
    const languages = await spErrorOf(sp.web.regionalSettings.getInstalledLanguages());
    assert.equal(languages.code, NOT_SUPPORTED);
    assert.match(languages.message, /The emulator does not support installed languages/);
    const convert = await spErrorOf(sp.web.regionalSettings.timeZone.utcToLocalTime('2027-03-18T14:00:00Z'));
    assert.equal(convert.code, NOT_SUPPORTED);
    assert.match(convert.message, /time zone conversion \(TimeZone\/UtcToLocalTime/);
    const info = await fetch(`${emu.siteUrl}/_api/contextinfo`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'X-Emulator-User': OWNER },
    });
    const digest = ((await info.json()) as { FormDigestValue: string }).FormDigestValue;
    const change = await fetch(`${emu.siteUrl}/_api/web/RegionalSettings`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'X-Emulator-User': OWNER,
        'X-RequestDigest': digest,
        'X-HTTP-Method': 'MERGE',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ Time24: false }),
    });
    const text = await change.text();
    assert.equal(change.status, 400, text);
    assert.match(text, /changing the web's regional settings/);
    const unknown = await get('web/RegionalSettings/NoSuchThing', 'application/json');
    assert.equal(unknown.status, 404); // SharePoint's own words for a name it doesn't have
    assert.doesNotMatch(JSON.stringify(unknown.body), /emulator does not support/);
  });
});

describe('the page context the workbench reads for the signed-in person', () => {
  async function pageContext(
    upn: string,
  ): Promise<{ webTimeZoneData: { Id: number; Description: string }; userTimeZoneData: { Id: number } | null }> {
    const res = await fetch(`${emu.origin}/_emulator/pagecontext`, { headers: { 'X-Emulator-User': upn } });
    assert.equal(res.status, 200);
    return ((await res.json()) as { legacyPageContext: never }).legacyPageContext;
  }

  test("carries the site's zone for everyone, and a person's own only where they set one", async () => {
    const staff = await pageContext(MEMBER);
    assert.equal(staff.webTimeZoneData.Id, 2);
    assert.equal(staff.userTimeZoneData, null);
    const newYorker = await pageContext(NEW_YORKER);
    assert.equal(newYorker.webTimeZoneData.Id, 2);
    assert.deepEqual(newYorker.userTimeZoneData, {
      Id: 10,
      Description: '(UTC-05:00) Eastern Time (US and Canada)',
      Bias: 300,
      DaylightBias: -60,
      StandardBias: 0,
    });
  });

  test('is not a SharePoint or Graph request, so it never counts against a web part', async () => {
    await fetch(`${emu.origin}/_emulator/stats`, { method: 'DELETE' });
    await pageContext(NEW_YORKER);
    const stats = (await (await fetch(`${emu.origin}/_emulator/stats`)).json()) as { requests: number };
    assert.equal(stats.requests, 0);
  });
});
