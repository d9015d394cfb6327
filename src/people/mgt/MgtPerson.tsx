/**
 * The Microsoft Graph Toolkit side of the people adapter, in its own lazy chunk ('cop-people'):
 * nothing of MGT loads until a person is shown with a photo or someone asks for a contact card.
 * Tags are disambiguated (see ./disambiguate), so another solution's MGT on the same page can't clash.
 */
// First: MGT's tag names must be set before anything of MGT registers an element.
import './disambiguate';
import * as React from 'react';
import { Providers } from '@microsoft/mgt-element';
import { applyTheme, MgtPersonCardConfig } from '@microsoft/mgt-components';
import { ProxyProvider } from '@microsoft/mgt-proxy-provider';
import { SharePointProvider } from '@microsoft/mgt-sharepoint-provider';
import { Person } from '@microsoft/mgt-react';
import type { Person as CopPerson } from '../../domain/models';
import type { PeopleHost } from '../peopleHost';
import { watchPersonCard } from './a11yPatches';

function ensureProvider(host: PeopleHost): void {
  if (Providers.globalProvider) return;
  // Least privilege: the card shows contact details and presence only. Its organisation, mail,
  // files and profile sections would need User.Read.All, Mail.Read, Files.Read and beta profile
  // scopes that CoP Hub does not request.
  MgtPersonCardConfig.sections = { mailMessages: false, files: false, profile: false };
  MgtPersonCardConfig.useContactApis = false;
  Providers.globalProvider =
    host.kind === 'spfx'
      ? // The context is SPFx's own; MGT declares the slice it reads.
        new SharePointProvider(host.context as ConstructorParameters<typeof SharePointProvider>[0])
      : new ProxyProvider(host.graphProxyUrl);
}

export interface IMgtPersonProps {
  person: CopPerson;
  host: PeopleHost;
  /** MGT's own theme, matching the Fluent theme around it. */
  theme: 'light' | 'dark' | 'contrast';
  /** Opens the contact card once loaded (the person asked for it). */
  openCard?: boolean;
  /** Shown until MGT has loaded the person. */
  fallback: React.ReactNode;
}

interface MgtPersonElement extends HTMLElement {
  /** Set once MGT has read the person from Graph. */
  personDetails?: unknown;
  showPersonCard?: () => void;
}

/**
 * A person with photo and presence; a click (or Enter) opens their contact card. MGT's loading
 * skeleton has no text alternative, so the plain name stays until MGT has rendered the person it
 * read and drawn (mgt-person fires `updated` after each render; its details are set once Graph
 * answered, and its skeleton placeholders go once the photo is in).
 */
const MgtPerson: React.FC<IMgtPersonProps> = ({ person, host, theme, openCard, fallback }) => {
  ensureProvider(host);
  const wrapper = React.useRef<HTMLSpanElement>(null);
  const element = React.useRef<MgtPersonElement | null>(null);
  const [ready, setReady] = React.useState(false);
  React.useEffect(() => {
    if (wrapper.current) applyTheme(theme, wrapper.current);
  }, [theme]);
  React.useEffect(() => {
    const node = element.current;
    if (!node) return undefined;
    const rendered = (): void => {
      // Its skeleton placeholders (a circle for the photo, a bar for the name) are gone once loaded.
      if (node.personDetails && !node.shadowRoot?.querySelector('.circle, .rect')) setReady(true);
    };
    node.addEventListener('updated', rendered);
    const stopWatching = watchPersonCard(node);
    return () => {
      node.removeEventListener('updated', rendered);
      stopWatching();
    };
  }, []);
  React.useEffect(() => {
    if (ready && openCard) element.current?.showPersonCard?.();
  }, [ready, openCard]);
  return (
    <>
      {!ready && fallback}
      <span ref={wrapper} hidden={!ready}>
        <Person
          ref={element}
          userId={person.aadId}
          personQuery={person.aadId ? undefined : person.email}
          fallbackDetails={{ displayName: person.displayName, mail: person.email }}
          view="oneline"
          showPresence
          personCardInteraction="click"
        />
      </span>
    </>
  );
};

export default MgtPerson;
