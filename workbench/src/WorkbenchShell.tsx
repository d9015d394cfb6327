import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { Stack } from '@fluentui/react/lib/Stack';
import type { CopServices } from '../../src/domain/services';
import CopDirectory from '../../src/webparts/copDirectory/components/CopDirectory';
import CommunityHome from '../../src/webparts/communityHome/components/CommunityHome';
import { communityHomeTarget } from '../../src/webparts/communityHome/communityHomeProps';
import CopAdminConsole from '../../src/webparts/copAdminConsole/components/CopAdminConsole';
import { suggestionIdOf } from '../../src/domain/notifications';
import MyCommunities from '../../src/webparts/myCommunities/components/MyCommunities';
import { directoryProps } from '../../src/webparts/copDirectory/directoryProperties';
import { DirectoryProperties, initialDirectoryProperties } from './DirectoryProperties';
import { ListViewPage } from './ListViewPage';
import { ActivityBell } from './ActivityBell';
import type { HeaderSource } from '../../src/data/siteHeaderData';
import { SiteHeaderPage } from './SiteHeaderPage';
import { TeamsTabPage, TeamsTabProperties, useTeamsTabState } from './TeamsTabPage';

interface DemoUser {
  userPrincipalName: string;
  displayName: string;
  roles: string[];
}

const NAV: Array<[string, string, string]> = [
  ['index', '/', 'CoP directory'],
  ['community', '/community', 'Community home'],
  ['my', '/my', 'My communities'],
  ['admin', '/admin', 'CoP admin console'],
  ['lists', '/lists', 'Lists'],
  ['teams-tab', '/teams-tab', 'Teams tab'],
  ['site-header', '/site-header', 'Site header'],
];

/** Accounts the identity switcher offers: the demo's named people come first (60 of them). */
const SWITCHER_ACCOUNTS = 100;

function setIdentity(upn: string): void {
  document.cookie = `emulator-user=${encodeURIComponent(upn)}; path=/; SameSite=Strict`;
  window.location.reload();
}

const IdentitySwitcher: React.FC = () => {
  const [users, setUsers] = React.useState<DemoUser[]>([]);
  const [current, setCurrent] = React.useState('');
  const [failed, setFailed] = React.useState(false);
  React.useEffect(() => {
    // The named accounts (and whoever is signed in), not every generated one of the scale seed.
    fetch(`/_emulator/users?top=${SWITCHER_ACCOUNTS}`)
      .then((r) => r.json())
      .then(
        (body: { value: DemoUser[]; current: string }) => {
          setUsers(body.value);
          setCurrent(body.current);
        },
        () => setFailed(true),
      );
  }, []);
  const options: IDropdownOption[] = users.map((u) => ({
    key: u.userPrincipalName,
    text: `${u.displayName} (${u.roles.filter((r) => r !== 'staff').join(', ') || 'staff'})`,
  }));
  return (
    <Dropdown
      label="Signed in as"
      options={options}
      selectedKey={current || undefined}
      errorMessage={failed ? 'The demo accounts could not be read: reload the page.' : undefined}
      onChange={(_, o) => o && setIdentity(String(o.key))}
      styles={{ root: { minWidth: 280 } }}
    />
  );
};

/** The workbench page: header with navigation and identity, the web part, and its property panel. */
export const WorkbenchShell: React.FC<{ page: string; services: CopServices; headerSource: HeaderSource }> = ({
  page,
  services,
  headerSource,
}) => {
  const params = new URLSearchParams(window.location.search);
  const [directory, setDirectory] = React.useState(() => initialDirectoryProperties(params));
  const [communityId, setCommunityId] = React.useState(params.get('community') ?? '1');
  // A notification's link in the address opens community home where it points, as on the hub's page;
  // choosing another community in the properties leaves the link behind.
  const [link, setLink] = React.useState(() => window.location.search.replace(/^\?/, ''));
  const chooseCommunity = (id: string): void => {
    setLink('');
    setCommunityId(id);
  };
  const tab = useTeamsTabState(params, services, page === 'teams-tab');
  let part: React.ReactNode;
  let properties: React.ReactNode;
  switch (page) {
    case 'community':
      // The web part's own mapping: a notification's link (`community=5&section=members&item=12`) or the chosen community.
      part = <CommunityHome services={services} {...communityHomeTarget({ communityId }, link)} />;
      properties = <TextField label="Community (id)" value={communityId} onChange={(_, v) => chooseCommunity(v ?? '')} />;
      break;
    case 'admin':
      // A new suggestion's notification names it (`?suggestion=3`), as the Teams deep link's subEntityId does.
      part = <CopAdminConsole services={services} focusSuggestionId={suggestionIdOf(window.location.search.replace(/^\?/, ''))} />;
      break;
    case 'lists':
      part = <ListViewPage services={services} />;
      break;
    case 'my':
      part = <MyCommunities services={services} directoryUrl="/" communityPageUrl="/community?community={id}" />;
      break;
    case 'teams-tab':
      part = <TeamsTabPage services={services} team={tab.team} teamsNote={tab.teamsNote} theme={tab.theme} width={tab.width} />;
      properties = (
        <TeamsTabProperties
          teams={tab.teams}
          team={tab.team}
          theme={tab.theme}
          width={tab.width}
          onTeam={tab.setTeam}
          onTheme={tab.setTheme}
          onWidth={tab.setWidth}
        />
      );
      break;
    case 'site-header':
      part = <SiteHeaderPage services={services} source={headerSource} communityId={Number(communityId) || 1} />;
      properties = <TextField label="Community (id)" value={communityId} onChange={(_, v) => setCommunityId(v ?? '')} />;
      break;
    default:
      part = <CopDirectory services={services} {...directoryProps(directory)} />;
      properties = <DirectoryProperties value={directory} onChange={setDirectory} />;
  }
  return (
    <>
      <header style={{ background: '#03787c', color: 'white', padding: '8px 24px' }}>
        <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 24 }} wrap>
          <strong style={{ fontSize: 18, paddingBottom: 6 }}>CoP Hub workbench</strong>
          <nav aria-label="Workbench pages">
            {NAV.map(([key, href, label]) => (
              <a
                key={key}
                href={href}
                aria-current={key === page ? 'page' : undefined}
                style={{ color: 'white', marginRight: 16, fontWeight: key === page ? 700 : 400 }}
              >
                {label}
              </a>
            ))}
          </nav>
          <div style={{ background: 'white', padding: '0 8px 8px', borderRadius: 2 }}>
            <IdentitySwitcher />
          </div>
          <ActivityBell />
        </Stack>
      </header>
      <Stack horizontal wrap tokens={{ childrenGap: 24, padding: 24 }}>
        <main style={{ flex: '1 1 600px', background: 'white', padding: 24, boxShadow: '0 1px 3px rgba(0,0,0,.1)' }}>{part}</main>
        {properties && (
          <aside aria-label="Web part properties" style={{ flex: '0 0 260px', background: 'white', padding: 16 }}>
            <h2 style={{ fontSize: 16, marginTop: 0 }}>Properties</h2>
            {properties}
          </aside>
        )}
      </Stack>
    </>
  );
};
