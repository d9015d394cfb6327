/**
 * Opens the built SharePoint package (npm run build) and checks its parts: the app manifest, every
 * component of src/, the Teams hosts, the Teams app package, the site feature and the Graph
 * permission requests. Content is compared with the sources, so a stale package fails too.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { at, buildTeamsPackage, packageSolution, sourceManifests, type IComponentManifest } from './helpers';

const { solution, paths } = packageSolution();
const SPPKG = at('sharepoint', paths.zippedPackage);
let zip: JSZip;
let names: string[];

const text = async (name: string): Promise<string> => {
  const file = zip.file(name);
  assert.ok(file, `${name} is missing from the package`);
  return file.async('string');
};
const unescapeXml = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
/** The attributes of every `<tag ...>` in `xml`. */
function elements(xml: string, tag: string): Array<Record<string, string>> {
  return [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map(([, k, v]) => [k, unescapeXml(v)])),
  );
}

before(async () => {
  assert.ok(existsSync(SPPKG), `${SPPKG} does not exist: run npm run build first`);
  zip = await JSZip.loadAsync(readFileSync(SPPKG));
  names = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
});

test('AppManifest.xml names the solution, its version and tenant-wide deployment', async () => {
  const [app] = elements(await text('AppManifest.xml'), 'App');
  assert.equal(app.Name, solution.name);
  assert.equal(app.ProductID, solution.id);
  assert.equal(app.Version, solution.version);
  assert.equal(app.IsClientSideSolution, 'true');
  assert.equal(app.SkipFeatureDeployment, String(solution.skipFeatureDeployment));
});

test('the Microsoft Graph permission requests are in the package, and only they', async () => {
  const requested = elements(await text('AppManifest.xml'), 'WebApiPermissionRequest')
    .map((r) => `${r.ResourceId}|${r.Scope}`)
    .sort();
  const configured = solution.webApiPermissionRequests.map((r) => `${r.resource}|${r.scope}`).sort();
  assert.deepEqual(requested, configured);
  for (const scope of [
    'User.Read',
    'User.ReadBasic.All',
    'People.Read',
    'Presence.Read.All',
    'GroupMember.ReadWrite.All',
    'TeamsActivity.Send',
  ]) {
    assert.ok(requested.includes(`Microsoft Graph|${scope}`), `missing ${scope}`);
  }
  assert.ok(!requested.some((r) => /Group\.ReadWrite\.All|User\.Read\.All|Directory\./.test(r)), 'broader than needed');
});

/** The component manifests in the package, by id. */
async function packagedManifests(): Promise<
  Map<
    string,
    IComponentManifest & { loaderConfig: { entryModuleId: string; scriptResources: Record<string, { type: string; path?: string }> } }
  >
> {
  const found = new Map();
  for (const name of names.filter((n) => /\/(WebPart|Extension)_[0-9a-f-]{36}\.xml$/.test(n))) {
    for (const component of elements(await text(name), 'ClientSideComponent')) {
      const manifest = JSON.parse(component.ComponentManifest);
      assert.equal(component.Id, manifest.id, `${name}: Id and manifest id differ`);
      found.set(manifest.id, manifest);
    }
  }
  return found;
}

test('every component manifest of src/ is in the package, as built from the current source', async () => {
  const packaged = await packagedManifests();
  const sources = [...sourceManifests().entries()];
  assert.equal(sources.filter(([, m]) => m.componentType === 'WebPart').length, 4, 'four web parts in src/');
  assert.equal(sources.filter(([, m]) => m.componentType === 'Extension').length, 2, 'two extensions in src/');
  assert.deepEqual([...packaged.keys()].sort(), sources.map(([, m]) => m.id).sort());
  for (const [path, source] of sources) {
    const built = packaged.get(source.id);
    assert.ok(built, `${path} (${source.id}) is not in the package`);
    const stale = `${path} differs from the package: run npm run build`;
    assert.equal(built.alias, source.alias, stale);
    assert.deepEqual(built.supportedHosts, source.supportedHosts, stale);
    assert.deepEqual(
      built.preconfiguredEntries?.map((e) => e.title),
      source.preconfiguredEntries?.map((e) => e.title),
      stale,
    );
    assert.deepEqual(Object.keys(built.items ?? {}), Object.keys(source.items ?? {}), stale);
  }
});

test("every component's entry script is in the package's client-side assets", async () => {
  for (const manifest of (await packagedManifests()).values()) {
    const entry = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId];
    assert.equal(entry?.type, 'path', `${manifest.alias}: no entry script`);
    assert.ok(names.includes(`ClientSideAssets/${entry.path}`), `${manifest.alias}: ClientSideAssets/${entry.path} is missing`);
  }
});

test('Community home runs as a Teams tab and My communities as a Teams personal app', async () => {
  const byAlias = new Map([...(await packagedManifests()).values()].map((m) => [m.alias, m]));
  const home = byAlias.get('CommunityHomeWebPart');
  assert.ok(home?.supportedHosts?.includes('TeamsTab'), 'Community home lacks TeamsTab');
  assert.ok(home?.supportedHosts?.includes('SharePointWebPart'), 'Community home lacks SharePointWebPart');
  assert.ok(byAlias.get('MyCommunitiesWebPart')?.supportedHosts?.includes('TeamsPersonalApp'), 'My communities lacks TeamsPersonalApp');
});

test('the Teams app package is inside, identical to one built from teams/', async () => {
  const file = zip.file('ClientSideAssets/TeamsSPFxApp.zip');
  assert.ok(file, 'ClientSideAssets/TeamsSPFxApp.zip is missing from the package');
  const inside = await file.async('nodebuffer');
  assert.ok(inside.equals(buildTeamsPackage()), 'the Teams app package in the .sppkg is stale: run npm run build');
});

test('the site feature provisions the header and the POD command set from elements.xml', async () => {
  const [feature] = solution.features;
  assert.ok(names.includes(`feature_${feature.id}.xml`), 'feature XML missing');
  const [definition] = elements(await text(`feature_${feature.id}.xml`), 'Feature');
  assert.equal(definition.Title, feature.title);
  assert.equal(definition.Scope, 'Web');
  const rels = await text(`_rels/feature_${feature.id}.xml.rels`);
  assert.ok(rels.includes(`/${feature.id}/elements.xml`), 'the feature does not reference elements.xml');

  const packaged = await text(`${feature.id}/elements.xml`);
  assert.equal(packaged, readFileSync(at('sharepoint', 'assets', 'elements.xml'), 'utf8'), 'elements.xml is stale: run npm run build');
  const actions = elements(packaged, 'CustomAction');
  const ids = new Map([...sourceManifests().values()].map((m) => [m.alias, m.id]));
  const header = actions.find((a) => a.ClientSideComponentId === ids.get('CommunitySiteHeaderApplicationCustomizer'));
  assert.equal(header?.Location, 'ClientSideExtension.ApplicationCustomizer');
  assert.equal(header?.Title, 'CoP Hub community site header');
  assert.doesNotThrow(() => JSON.parse(header?.ClientSideComponentProperties ?? ''));
  const commands = actions.find((a) => a.ClientSideComponentId === ids.get('PodActionsCommandSet'));
  assert.equal(commands?.Location, 'ClientSideExtension.ListViewCommandSet.CommandBar');
  assert.equal(commands?.RegistrationType, 'List');
  assert.equal(commands?.RegistrationId, '100');
});

test('nothing activates the extensions tenant-wide', () => {
  // ClientSideInstance.xml would add the header to every site and the POD commands to every list.
  assert.ok(!names.some((n) => /ClientSideInstance\.xml$/i.test(n)), 'the package contains ClientSideInstance.xml');
});

test('the local workbench does not ship: no workbench file, and no asset talks to the emulator', async () => {
  assert.ok(
    !names.some((n) => /workbench/i.test(n)),
    `workbench files in the package: ${names.filter((n) => /workbench/i.test(n)).join(', ')}`,
  );
  // The workbench's identity switcher sets the emulator-user cookie and reads /_emulator/users;
  // built web part code never mentions either.
  const scripts = names.filter((n) => n.startsWith('ClientSideAssets/') && n.endsWith('.js'));
  assert.ok(scripts.length > 4, 'the package has client-side scripts');
  for (const name of scripts) {
    const body = await text(name);
    assert.ok(!/emulator-user|\/_emulator\//.test(body), `${name} contains workbench or emulator code`);
  }
});
