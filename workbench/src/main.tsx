/**
 * The local workbench: renders the real web part React roots against the emulator on this origin.
 * The identity switcher sets the emulator's identity cookie, so every request (PnPjs included)
 * runs as the chosen demo account.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { createClients } from '../../src/data/clients';
import { createServices } from '../../src/data/factory';
import { configurePeople } from '../../src/people';
import { withDates } from '../../src/ui/dates';
import type { TimeZonePageData } from '../../src/ui/timeZones';
import { WorkbenchShell } from './WorkbenchShell';

initializeIcons('/fonts/', { disableWarnings: true });

const host = document.getElementById('workbench');
if (host) {
  const origin = window.location.origin;
  const source = { kind: 'url', siteUrl: `${origin}/sites/cop`, graphUrl: `${origin}/graph/v1.0` } as const;
  const services = createServices(source);
  // People cards: MGT's ProxyProvider sends Graph calls to the emulator on this origin (the identity cookie goes along).
  configurePeople({ kind: 'proxy', graphProxyUrl: `${origin}/graph` });
  // The site header uses its own small data module, as the application customizer does.
  const headerSource = { sp: createClients(source).sp, hubUrl: source.siteUrl, store: window.localStorage };
  // Regional settings, as SharePoint's page context gives them: the demo organisation is a UK
  // university (en-GB); `?locale=en-US` shows another site's settings.
  const locale = new URLSearchParams(window.location.search).get('locale') || 'en-GB';
  const render = (legacyPageContext: TimeZonePageData | undefined): void => {
    // As CopWebPart does with SPFx's context: the person's own time zone, else the site's.
    const context = { pageContext: { cultureInfo: { currentCultureName: locale }, legacyPageContext } };
    // The workbench's one root lives as long as its page: there is no host to unmount it.
    // eslint-disable-next-line @rushstack/pair-react-dom-render-unmount
    ReactDom.render(
      withDates(context, <WorkbenchShell page={host.dataset.page ?? 'index'} services={services} headerSource={headerSource} />),
      host,
    );
  };
  // SharePoint writes the page context into the page; the workbench's shell asks the emulator for it
  // once (its time zones for the signed-in person), before any web part renders. Without it, times
  // show in the browser's zone.
  fetch('/_emulator/pagecontext')
    .then((r) => (r.ok ? (r.json() as Promise<{ legacyPageContext: TimeZonePageData }>) : undefined))
    .then(
      (body) => render(body?.legacyPageContext),
      () => render(undefined),
    );
}
