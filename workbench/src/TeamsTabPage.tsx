/**
 * Community home as a Teams tab: a simulated team context (the team's Microsoft 365 group id, as
 * Teams JS would report it), the three Teams themes, and tab widths down to 320 px.
 */
import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import type { Community } from '../../src/domain/models';
import type { CopServices } from '../../src/domain/services';
import type { TeamsThemeName } from '../../src/ui/theme/teamsTheme';
import CommunityHome from '../../src/webparts/communityHome/components/CommunityHome';

/** A team no community has claimed, to see the "link this team" offer. */
export const UNLINKED_TEAM = '0badc0de-0000-4000-8000-000000000001';
const CANVAS: Record<TeamsThemeName, string> = { default: '#f5f5f5', dark: '#1f1f1f', contrast: '#000000' };
const WIDTHS = ['320', '768', 'full'];

function setParam(name: string, value: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set(name, value);
  window.history.replaceState(window.history.state, '', url);
}

export const TeamsTabProperties: React.FC<{
  teams: Community[];
  team: string;
  theme: TeamsThemeName;
  width: string;
  onTeam: (team: string) => void;
  onTheme: (theme: TeamsThemeName) => void;
  onWidth: (width: string) => void;
}> = ({ teams, team, theme, width, onTeam, onTheme, onWidth }) => {
  const options: IDropdownOption[] = [
    ...teams.map((c) => ({ key: c.groupId ?? '', text: `${c.title}'s team` })),
    { key: UNLINKED_TEAM, text: 'A team without a community' },
  ];
  return (
    <>
      <Dropdown
        label="Team (simulated Teams context)"
        options={options}
        selectedKey={team || null}
        placeholder="Choose a team"
        onChange={(_, o) => o && onTeam(String(o.key))}
      />
      <ChoiceGroup
        label="Teams theme"
        selectedKey={theme}
        onChange={(_, o) => o && onTheme(o.key as TeamsThemeName)}
        options={[
          { key: 'default', text: 'Light' },
          { key: 'dark', text: 'Dark' },
          { key: 'contrast', text: 'High contrast' },
        ]}
      />
      <ChoiceGroup
        label="Tab width"
        selectedKey={width}
        onChange={(_, o) => o && onWidth(o.key)}
        options={WIDTHS.map((w) => ({ key: w, text: w === 'full' ? 'Full' : `${w} px` }))}
      />
    </>
  );
};

/**
 * The simulated tab's settings, kept in the address. Without a team in the address the tab opens
 * on the first team a community has claimed, as the community page opens on the first community.
 */
export function useTeamsTabState(
  params: URLSearchParams,
  services: CopServices,
  active: boolean,
): {
  teams: Community[];
  teamsNote: string;
  team: string;
  theme: TeamsThemeName;
  width: string;
  setTeam: (t: string) => void;
  setTheme: (t: TeamsThemeName) => void;
  setWidth: (w: string) => void;
} {
  const [chosen, setTeamState] = React.useState(params.get('team') ?? '');
  const [teams, setTeams] = React.useState<Community[]>();
  const [teamsNote, setTeamsNote] = React.useState('Looking for the teams…');
  React.useEffect(() => {
    if (!active) return;
    services.communities.all().then(
      (all) => {
        setTeams(all.filter((c) => c.groupId));
        setTeamsNote('No community has a team yet: choose "A team without a community" in the properties.');
      },
      () => setTeamsNote('The teams could not be read: choose one in the properties, or reload.'),
    );
  }, [services, active]);
  const initialTheme = params.get('theme');
  const [theme, setThemeState] = React.useState<TeamsThemeName>(
    initialTheme === 'dark' || initialTheme === 'contrast' ? initialTheme : 'default',
  );
  const [width, setWidthState] = React.useState(WIDTHS.includes(params.get('width') ?? '') ? String(params.get('width')) : 'full');
  return {
    teams: teams ?? [],
    teamsNote,
    team: chosen || (teams?.[0]?.groupId ?? ''),
    theme,
    width,
    setTeam: (t) => {
      setParam('team', t);
      setTeamState(t);
    },
    setTheme: (t) => {
      setParam('theme', t);
      setThemeState(t);
    },
    setWidth: (w) => {
      setParam('width', w);
      setWidthState(w);
    },
  };
}

/** The tab's frame: the Teams canvas colour around the tab, at the chosen width. */
export const TeamsTabPage: React.FC<{ services: CopServices; team: string; teamsNote: string; theme: TeamsThemeName; width: string }> = ({
  services,
  team,
  teamsNote,
  theme,
  width,
}) => (
  <div
    data-testid="teams-tab"
    style={{
      background: CANVAS[theme],
      padding: 12,
      width: width === 'full' ? undefined : Number(width),
      maxWidth: '100%',
      boxSizing: 'border-box',
    }}
  >
    {team ? (
      <CommunityHome key={team} services={services} teamGroupId={team} teamsTheme={theme} />
    ) : (
      <p style={{ color: theme === 'default' ? '#242424' : '#ffffff' }}>{teamsNote}</p>
    )}
  </div>
);
