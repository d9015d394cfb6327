/**
 * The Teams app package in teams/: its manifest validates offline against the official schema,
 * its icons are what Teams asks for, its tabs point at the right SPFx components, and the zip that
 * scripts/teams-package.mjs builds holds exactly the manifest and the two icons.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { ACTIVITY_TYPES, personalTabEntity } from '../../src/domain/notifications';
import { at, buildTeamsPackage, decodePng, GUID, packageSolution, sourceManifests, type IComponentManifest } from './helpers';

interface ITeamsManifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  icons: { color: string; outline: string };
  accentColor: string;
  configurableTabs: Array<{ configurationUrl: string; scopes: string[] }>;
  staticTabs: Array<{ entityId: string; contentUrl: string; scopes: string[] }>;
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
  activities: { activityTypes: Array<{ type: string; description: string; templateText: string }> };
}

const manifestText = readFileSync(at('teams', 'manifest.json'), 'utf8');
const manifest = JSON.parse(manifestText) as ITeamsManifest;

/** The schemas that @microsoft/app-manifest ships, newest numbered version last. */
function shippedSchemas(): { dir: string; versions: string[] } {
  // An ES module (tests/package.json) has no global require.
  const pkg = createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json');
  const dir = join(dirname(pkg), 'build', 'json-schemas', 'teams');
  const versions = readdirSync(dir)
    .filter((v) => /^v\d+\.\d+$/.test(v))
    .map((v) => v.slice(1))
    .sort((a, b) => {
      const [am, an] = a.split('.').map(Number);
      const [bm, bn] = b.split('.').map(Number);
      return am - bm || an - bn;
    });
  return { dir, versions };
}

const webParts = new Map<string, IComponentManifest>(
  [...sourceManifests().values()].filter((m) => m.componentType === 'WebPart').map((m) => [m.id, m]),
);

test('the manifest uses the newest schema that @microsoft/app-manifest ships', () => {
  const { versions } = shippedSchemas();
  const newest = versions[versions.length - 1];
  assert.equal(manifest.manifestVersion, newest);
  assert.equal(manifest.$schema, `https://developer.microsoft.com/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`);
});

test('the manifest validates offline against the official JSON schema', async () => {
  const { dir } = shippedSchemas();
  const schemaFile = join(dir, `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json');
  assert.ok(existsSync(schemaFile), `no local schema for manifest version ${manifest.manifestVersion}`);
  // The same clean-up the package applies when it loads a schema itself.
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as never, schema);
  assert.deepEqual(errors, []);
});

test('app identity and developer match the SharePoint solution', () => {
  const { solution } = packageSolution();
  assert.match(manifest.id, GUID);
  assert.notEqual(manifest.id, solution.id);
  assert.equal(manifest.version, solution.version.split('.').slice(0, 3).join('.'));
  const { name, websiteUrl, privacyUrl, termsOfUseUrl } = solution.developer;
  assert.deepEqual(manifest.developer, { name, websiteUrl, privacyUrl, termsOfUseUrl });
});

test('SharePoint hosts the tabs: webApplicationInfo and valid domains', () => {
  assert.deepEqual(manifest.webApplicationInfo, {
    id: '00000003-0000-0ff1-ce00-000000000000',
    resource: 'https://{teamSiteDomain}',
  });
  for (const domain of ['*.login.microsoftonline.com', '*.sharepoint.com']) {
    assert.ok(manifest.validDomains.includes(domain), `validDomains lacks ${domain}`);
  }
});

test('every activity type the code sends is declared, with exactly its template parameters, and none is unused', () => {
  const declared = new Map(manifest.activities.activityTypes.map((a) => [a.type, a]));
  assert.equal(declared.size, manifest.activities.activityTypes.length, 'an activity type is declared twice');
  assert.deepEqual([...declared.keys()].sort(), Object.keys(ACTIVITY_TYPES).sort());
  for (const [type, params] of Object.entries(ACTIVITY_TYPES)) {
    const used = [...(declared.get(type)?.templateText ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((p) => p !== 'actor');
    assert.deepEqual(used.sort(), [...params].sort(), `${type}: templateText parameters differ from what the code sends`);
  }
});

test('the team tab hosts Community home, configured through its property pane', () => {
  assert.equal(manifest.configurableTabs.length, 1);
  const [tab] = manifest.configurableTabs;
  const m =
    /^https:\/\/\{teamSiteDomain\}\{teamSitePath\}\/_layouts\/15\/TeamsLogon\.aspx\?SPFX=true&dest=\{teamSitePath\}\/_layouts\/15\/teamshostedapp\.aspx%3FopenPropertyPane=true%26teams%26componentId=([0-9a-f-]{36})%26forceLocale=\{locale\}$/.exec(
      tab.configurationUrl,
    );
  assert.ok(m, `not an SPFx team tab URL: ${tab.configurationUrl}`);
  const part = webParts.get(m[1]);
  assert.equal(part?.alias, 'CommunityHomeWebPart');
  assert.ok(part?.supportedHosts?.includes('TeamsTab'), 'Community home must support TeamsTab');
  assert.deepEqual(tab.scopes, ['team']);
});

test('the personal app hosts My communities first, then the directory, then a community and POD administration (where notifications land)', () => {
  const aliases = manifest.staticTabs.map((tab) => {
    const m =
      /^https:\/\/\{teamSiteDomain\}\/_layouts\/15\/TeamsLogon\.aspx\?SPFX=true&dest=\/_layouts\/15\/teamshostedapp\.aspx%3Fteams%26personal%26componentId=([0-9a-f-]{36})%26forceLocale=\{locale\}$/.exec(
        tab.contentUrl,
      );
    assert.ok(m, `not an SPFx personal tab URL: ${tab.contentUrl}`);
    assert.deepEqual(tab.scopes, ['personal']);
    const part = webParts.get(m[1]);
    assert.ok(part, `static tab ${tab.entityId} points at no web part of this solution`);
    assert.ok(part.supportedHosts?.includes('TeamsPersonalApp'), `${part.alias} must support TeamsPersonalApp`);
    return part.alias;
  });
  assert.deepEqual(aliases, ['MyCommunitiesWebPart', 'CopDirectoryWebPart', 'CommunityHomeWebPart', 'CopAdminConsoleWebPart']);
  assert.deepEqual(
    manifest.staticTabs.map((t) => t.entityId),
    ['myCommunities', 'directory', 'community', 'admin'],
  );
  // Every tab a notification's deep link opens is declared.
  for (const entity of [
    personalTabEntity({ page: 'community', communityId: 1, section: 'members' }),
    personalTabEntity({ page: 'suggestions', itemId: 1 }),
  ]) {
    assert.ok(
      manifest.staticTabs.some((t) => t.entityId === entity),
      `deep links open ${entity}, which the manifest doesn't declare`,
    );
  }
});

test('the colour icon is a 192 x 192 PNG', () => {
  const png = decodePng(readFileSync(at('teams', manifest.icons.color)));
  assert.deepEqual([png.width, png.height], [192, 192]);
});

test('the outline icon is a 32 x 32 PNG, white on a transparent background', () => {
  const png = decodePng(readFileSync(at('teams', manifest.icons.outline)));
  assert.deepEqual([png.width, png.height], [32, 32]);
  assert.ok(png.colorType === 6 || png.colorType === 4, 'the outline icon needs an alpha channel');
  let visible = 0;
  for (let i = 0; i < png.width * png.height; i++) {
    const [r, g, b, a] = png.pixels.subarray(i * 4, i * 4 + 4);
    if (a === 0) continue;
    visible++;
    assert.deepEqual([r, g, b], [255, 255, 255], `pixel ${i % png.width},${Math.floor(i / png.width)} is not white`);
  }
  assert.equal(png.pixels[3], 0, 'the corners must be transparent');
  assert.ok(visible > 0.1 * 32 * 32 && visible < 0.9 * 32 * 32, `implausible symbol: ${visible} visible pixels`);
});

test('the app package holds exactly the manifest and the two icons, at its root', async () => {
  const zipped = buildTeamsPackage();
  const zip = await JSZip.loadAsync(zipped);
  const names = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();
  assert.deepEqual(names, ['manifest.json', manifest.icons.color, manifest.icons.outline].sort());
  assert.equal(await zip.file('manifest.json')?.async('string'), manifestText);
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    const inZip = await zip.file(icon)?.async('nodebuffer');
    assert.ok(inZip?.equals(readFileSync(at('teams', icon))), `${icon} differs from teams/${icon}`);
  }
});

test('the app package is reproducible, and teams/TeamsSPFxApp.zip is up to date', () => {
  const first = buildTeamsPackage();
  assert.ok(first.equals(buildTeamsPackage()), 'two builds of the app package differ');
  const built = at('teams', 'TeamsSPFxApp.zip');
  if (existsSync(built)) {
    assert.ok(readFileSync(built).equals(first), 'teams/TeamsSPFxApp.zip is stale: run npm run build');
  }
});
