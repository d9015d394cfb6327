import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CommunityHomeWebPartStrings';
import { isTeamAlreadyLinked } from '../../../../domain/errors';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { describeError } from '../../../../ui/errors';
import { fill } from '../../../../ui/format';
import { useAsync } from '../../../../ui/hooks/useAsync';
import type { ITeamLinkProps } from './ITeamLinkProps';
import { useId } from '../../../../ui/hooks/useId';

/**
 * A Teams tab in a team that no community has claimed: the POD team can link it to one (a
 * community without a team of its own); everyone else is told whom to ask.
 */
export const TeamLink: React.FC<ITeamLinkProps> = ({ groupId, communities, people, onLinked }) => {
  const communityNotLinkedId = useId('community-not-linked');
  const { state, reload } = useAsync(async () => {
    const me = await people.me();
    return { me, communities: me.isPodAdmin ? (await communities.all()).filter((c) => !c.groupId && c.status !== 'closed') : [] };
  }, [people, communities]);
  const [chosen, setChosen] = React.useState<number | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<string | undefined>(undefined);

  let body: React.ReactNode;
  if (state.status === 'loading') body = <LoadingView rows={2} />;
  else if (state.status === 'error') body = <ErrorView error={state.error} onRetry={reload} />;
  else if (!state.data.me.isPodAdmin) body = <Text block>{strings.NotLinkedStaff}</Text>;
  else {
    const options: IDropdownOption[] = state.data.communities.map((c) => ({ key: c.id, text: c.title }));
    const link = async (): Promise<void> => {
      const community = state.data.communities.find((c) => c.id === chosen);
      if (!community) return;
      setBusy(true);
      setProblem(undefined);
      try {
        onLinked(await communities.linkTeam(community, groupId));
      } catch (e) {
        setProblem(isTeamAlreadyLinked(e) ? fill(strings.LinkAlreadyLinked, e.communityTitle) : describeError(e));
        setBusy(false);
      }
    };
    body = (
      <Stack tokens={{ childrenGap: 8 }}>
        <Text block>{strings.NotLinkedPod}</Text>
        {problem && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {problem}
          </MessageBar>
        )}
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <Dropdown
            label={strings.LinkCommunity}
            placeholder={strings.LinkChoose}
            options={options}
            selectedKey={chosen ?? null}
            onChange={(_, o) => setChosen(o ? Number(o.key) : undefined)}
            styles={{ root: { minWidth: 220, maxWidth: '100%' } }}
          />
          <PrimaryButton
            text={strings.LinkButton}
            disabled={busy || chosen === undefined}
            onClick={() => {
              link().catch(() => undefined); // link shows its own errors
            }}
          />
        </Stack>
      </Stack>
    );
  }
  return (
    <section aria-labelledby={communityNotLinkedId}>
      <Text as="h2" variant="xLarge" id={communityNotLinkedId} block>
        {strings.NotLinkedTitle}
      </Text>
      {body}
    </section>
  );
};
