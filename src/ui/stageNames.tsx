/**
 * What each stage of a community is called where it is shown: the site's own name (the Stage Names
 * list the POD team keeps) or CoP Hub's words. A root that read the site's names provides them once;
 * every card, filter and table below asks `useStageName()`.
 */
import * as React from 'react';
import * as strings from 'CopHubSharedStrings';
import type { CommunityStatus } from '../domain/models';
import { stageName, type StageNames } from '../domain/programme';

/** CoP Hub's words for the stages, where the site has none of its own. */
export const DEFAULT_STAGE_NAMES: Readonly<Record<CommunityStatus, string>> = {
  proposed: strings.StageProposed,
  forming: strings.StageForming,
  launched: strings.StageLaunched,
  dormant: strings.StageDormant,
  closed: strings.StageClosed,
};

const StageNamesContext = React.createContext<StageNames>({});

/** Gives everything below the site's stage names. */
export const StageNamesProvider: React.FC<{ names: StageNames; children?: React.ReactNode }> = ({ names, children }) => (
  <StageNamesContext.Provider value={names}>{children}</StageNamesContext.Provider>
);

/** The name of a stage on this site. */
export function useStageName(): (status: CommunityStatus) => string {
  const names = React.useContext(StageNamesContext);
  return React.useCallback((status: CommunityStatus) => stageName(status, names, DEFAULT_STAGE_NAMES), [names]);
}
