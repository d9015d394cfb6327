/**
 * `npm run provision -- --site <url> [--as <upn>] [--token <bearer>]`
 * Ensures CoP Hub's lists on a site from the list schema: idempotent, prints every change it makes.
 * - Against the local emulator: `--as` picks the identity (a POD owner by default).
 * - Against SharePoint Online: pass an access token for the site (or set SP_ACCESS_TOKEN), e.g. from
 *   `m365 util accesstoken get --resource https://contoso.sharepoint.com`; the account must own the site.
 */
import { parseArgs } from 'node:util';
import '../src/data/pnpImports.ts';
import { createClients } from '../src/data/clients.ts';
import { provision } from '../src/schema/provision.ts';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run provision -- --site <url> [--as <upn>] [--token <bearer token>]`);
  process.exit(2);
}

const { values } = parseArgs({
  options: { site: { type: 'string' }, as: { type: 'string' }, token: { type: 'string' } },
  strict: true,
});
if (!values.site) usage('--site is required.');
let site: URL;
try {
  site = new URL(values.site);
} catch {
  usage(`--site must be an absolute URL, not '${values.site}'.`);
}
if (site.protocol !== 'https:' && site.hostname !== '127.0.0.1' && site.hostname !== 'localhost')
  usage('--site must use https (http only for the local emulator).');

const token = values.token ?? process.env.SP_ACCESS_TOKEN;
const headers: Record<string, string> = token
  ? { Authorization: `Bearer ${token}` }
  : { 'X-Emulator-User': values.as ?? 'priya.desai@cophub.example' };
const siteUrl = site.href.replace(/\/$/, '');
const { sp } = createClients({ kind: 'url', siteUrl, graphUrl: `${site.origin}/graph/v1.0`, headers });

try {
  const changes = await provision(sp, (step) => console.log(`  ${step}`));
  console.log(changes.length ? `Done: ${changes.length} change(s).` : 'Done: nothing needed changing.');
} catch (e) {
  const status = (e as { status?: number }).status;
  console.error(
    status === 403 || status === 401 ? 'Access denied: provisioning needs a site owner.' : `Provisioning failed: ${(e as Error).message}`,
  );
  process.exit(1);
}
