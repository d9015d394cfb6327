/**
 * Where the people UI (photo, presence, contact card) gets its Graph access. Microsoft Graph
 * Toolkit keeps one provider per page (Providers.globalProvider), so this is page-wide too: the
 * first host to configure it wins, and every web part on the page shares it.
 *
 * In SharePoint and Teams, MGT's SharePointProvider uses the SPFx context's AAD token provider.
 * In the local workbench, MGT's ProxyProvider sends Graph calls to the emulator on the same origin.
 * Nothing configured (unit tests, Node) means names only: the people UI never fails for lack of it.
 */
export type PeopleHost =
  /** An SPFx web part or extension context (only what SharePointProvider reads). */
  | { kind: 'spfx'; context: unknown }
  /** A Graph proxy: calls go to `${graphProxyUrl}/v1.0/...` (the workbench: `${origin}/graph`). */
  | { kind: 'proxy'; graphProxyUrl: string };

let configured: PeopleHost | undefined;

export function configurePeople(host: PeopleHost): void {
  if (!configured) configured = host;
}

export function peopleHost(): PeopleHost | undefined {
  return configured;
}
