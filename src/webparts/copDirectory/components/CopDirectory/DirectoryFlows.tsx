import * as React from 'react';
import * as strings from 'CopDirectoryWebPartStrings';
import type { myStandings } from '../../../../domain/membershipRules';
import type { Community } from '../../../../domain/models';
import type { IContentService } from '../../../../domain/services';
import { fill } from '../../../../ui/format';
import type { MembershipActions } from '../../hooks/useMembershipActions';

// Opened by a person, never part of the first render: the dialogs' Fluent Dialog, ChoiceGroup, Panel
// and TextField load on demand, in their own chunks (the join dialog is fetched once the page is idle).
export const loadJoinDialog = (): Promise<typeof import('../JoinDialog')> =>
  import(/* webpackChunkName: 'cop-directory-join-dialog' */ '../JoinDialog');
const JoinDialog = React.lazy(() => loadJoinDialog().then((m) => ({ default: m.JoinDialog })));
const SuggestPanel = React.lazy(() =>
  import(/* webpackChunkName: 'cop-directory-suggest-panel' */ '../SuggestPanel').then((m) => ({ default: m.SuggestPanel })),
);

/** True from the first time `open` is true: a lazy dialog stays mounted so it can close and give focus back. */
function useOpenedOnce(open: boolean): boolean {
  const opened = React.useRef(false);
  if (open) opened.current = true;
  return opened.current;
}

export interface DirectoryFlowsProps {
  actions: MembershipActions;
  communities: readonly Community[];
  standings: ReturnType<typeof myStandings>;
  suggesting: boolean;
  setSuggesting: (open: boolean) => void;
  suggest: IContentService['suggest'];
  practiceAreas: string[];
}

/** The join dialog and the suggestion panel, each loaded the first time a person opens it. */
export const DirectoryFlows: React.FC<DirectoryFlowsProps> = ({
  actions,
  communities,
  standings,
  suggesting,
  setSuggesting,
  suggest,
  practiceAreas,
}) => {
  const joinOpened = useOpenedOnce(actions.step !== undefined);
  const suggestOpened = useOpenedOnce(suggesting);
  const currentCore = communities.find((c) => {
    const s = standings.get(c.id);
    return s?.membership.level === 'core' && (s.effective === 'active' || s.effective === 'pending');
  });
  return (
    <>
      {joinOpened && (
        <React.Suspense fallback={null}>
          <JoinDialog
            step={actions.step}
            currentCore={currentCore}
            currentCorePending={currentCore !== undefined && standings.get(currentCore.id)?.effective === 'pending'}
            busy={actions.busyId !== undefined}
            error={actions.dialogError}
            onJoin={(level, moveCore) => {
              actions.join(level, moveCore).catch(() => undefined); // never rejects: outcomes show in the dialog
            }}
            onPledge={(choice) => {
              if (actions.step) actions.pledge(actions.step.community, choice).catch(() => undefined); // outcomes arrive as notices or in the dialog
            }}
            onDismiss={actions.closeJoin}
          />
        </React.Suspense>
      )}
      {suggestOpened && (
        <React.Suspense fallback={null}>
          <SuggestPanel
            isOpen={suggesting}
            onSubmit={suggest}
            onSubmitted={(s) => {
              setSuggesting(false);
              actions.announce({ kind: 'success', text: fill(strings.SuggestionThanks, s.title) });
            }}
            onDismiss={() => setSuggesting(false)}
            practiceAreas={practiceAreas}
          />
        </React.Suspense>
      )}
    </>
  );
};
