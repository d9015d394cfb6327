import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'CopAdminConsoleWebPartStrings';
import type { GroupInfo } from '../../../../domain/adminModels';
import type { MemberCounts } from '../../../../domain/models';
import { launchReadiness } from '../../../../domain/podCommands';
import { PodCommandRun } from '../../../../ui/components/PodCommandRun';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { describeError } from '../../../../ui/errors';
import { fill } from '../../../../ui/format';
import { plural } from '../../../../ui/plural';
import type { ILaunchPanelProps } from './ILaunchPanelProps';
import { classes } from './LaunchPanel.styles';
import { useId } from '../../../../ui/hooks/useId';

type Lookup =
  | { kind: 'idle' }
  | { kind: 'looking' }
  | { kind: 'found'; group: GroupInfo }
  | { kind: 'missing' }
  | { kind: 'linked'; group: GroupInfo }
  | { kind: 'failed'; error: unknown };

/** Launch a forming community: see its pledges against the target, link its existing group or team, launch. */
export const LaunchPanel: React.FC<ILaunchPanelProps> = ({ data, services, onChanged, version }) => {
  const copAdminLaunchId = useId('cop-admin-launch');
  const forming = data.communities.filter((c) => c.status === 'forming');
  const [chosenId, setChosenId] = React.useState<number | undefined>(forming[0]?.id);
  const [groupId, setGroupId] = React.useState('');
  const [lookup, setLookup] = React.useState<Lookup>({ kind: 'idle' });
  const [launching, setLaunching] = React.useState(false);
  const chosen = forming.find((c) => c.id === chosenId) ?? forming[0];
  // The chosen community's pledges, from its own items (issue 20: nothing reads every membership).
  const counts = useAsync(
    (): Promise<Record<number, MemberCounts>> => (chosen ? services.memberships.counts([chosen]) : Promise.resolve({})),
    [services, chosen?.id, version],
    { keepWhileReloading: true },
  );

  if (!chosen) return <MessageBar>{strings.LaunchNoneForming}</MessageBar>;
  if (counts.state.status === 'loading') return <LoadingView rows={3} />;
  if (counts.state.status === 'error') return <ErrorView error={counts.state.error} onRetry={counts.reload} />;
  const pledged = counts.state.data[chosen.id]?.pledged ?? 0;
  const readiness = launchReadiness(chosen, pledged);
  const belowTarget = readiness.kind === 'belowTarget';

  const find = async (): Promise<void> => {
    setLookup({ kind: 'looking' });
    try {
      const group = await services.admin.findGroup(groupId);
      setLookup(group ? { kind: 'found', group } : { kind: 'missing' });
    } catch (error) {
      setLookup({ kind: 'failed', error });
    }
  };
  const link = async (group: GroupInfo): Promise<void> => {
    try {
      await services.admin.linkGroup(chosen, group);
      setLookup({ kind: 'linked', group });
      onChanged();
    } catch (error) {
      setLookup({ kind: 'failed', error });
    }
  };

  return (
    <section aria-labelledby={copAdminLaunchId} className={classes.panel}>
      <Text as="h3" variant="large" id={copAdminLaunchId} block>
        {strings.LaunchTitle}
      </Text>
      <Dropdown
        label={strings.LaunchChoose}
        options={forming.map((c) => ({ key: c.id, text: c.title }))}
        selectedKey={chosen.id}
        onChange={(_, o) => {
          setChosenId(o ? Number(o.key) : undefined);
          setLookup({ kind: 'idle' });
          setLaunching(false);
        }}
      />
      <div>
        {chosen.foundingTarget ? (
          <ProgressIndicator
            styles={{ itemName: { whiteSpace: 'normal', overflow: 'visible' } }}
            label={plural(strings.LaunchPledges, chosen.foundingTarget, pledged, chosen.foundingTarget)}
            percentComplete={Math.min(1, pledged / chosen.foundingTarget)}
          />
        ) : (
          <Text block>{fill(strings.NoTarget, pledged)}</Text>
        )}
        {readiness.kind === 'ready' && chosen.foundingTarget ? <Text block>{strings.TargetReached}</Text> : null}
      </div>
      {/* Why it isn't ready, said before anyone clicks; launching anyway stays POD's decision. */}
      {belowTarget && (
        <MessageBar messageBarType={MessageBarType.warning}>
          {fill(strings.LaunchBelowTarget, plural(strings.LaunchPledges, readiness.target, readiness.pledged, readiness.target))}
        </MessageBar>
      )}
      <div className={classes.box}>
        <Text as="h4" variant="mediumPlus" block>
          {strings.LaunchGroupTitle}
        </Text>
        <Text block>{chosen.groupId ? fill(strings.LaunchGroupLinked, chosen.groupId) : strings.LaunchGroupNone}</Text>
        <div className={classes.row}>
          <TextField
            className={classes.grow}
            label={strings.LaunchGroupId}
            description={strings.LaunchGroupIdHelp}
            value={groupId}
            onChange={(_, v) => setGroupId(v ?? '')}
          />
          <DefaultButton
            onClick={() => {
              find().catch(() => undefined);
            }}
            disabled={!groupId.trim() || lookup.kind === 'looking'}
          >
            {strings.LaunchFind}
          </DefaultButton>
        </div>
        <div aria-live="polite">
          {lookup.kind === 'found' && (
            <MessageBar
              actions={
                <PrimaryButton
                  onClick={() => {
                    link(lookup.group).catch(() => undefined);
                  }}
                >
                  {strings.LaunchLink}
                </PrimaryButton>
              }
            >
              {fill(strings.LaunchFound, lookup.group.displayName)}
            </MessageBar>
          )}
          {lookup.kind === 'missing' && <MessageBar messageBarType={MessageBarType.warning}>{strings.LaunchNotFound}</MessageBar>}
          {lookup.kind === 'linked' && (
            <MessageBar messageBarType={MessageBarType.success}>
              {fill(strings.LaunchLinked, lookup.group.displayName, chosen.title)}
            </MessageBar>
          )}
          {lookup.kind === 'failed' && <MessageBar messageBarType={MessageBarType.error}>{describeError(lookup.error)}</MessageBar>}
        </div>
      </div>
      {launching ? (
        <div className={classes.box}>
          <PodCommandRun
            command="LAUNCH_COMMUNITY"
            itemIds={[chosen.id]}
            services={services}
            onClose={(changed) => {
              setLaunching(false);
              if (changed) onChanged();
            }}
          />
        </div>
      ) : (
        <div>
          <PrimaryButton onClick={() => setLaunching(true)}>{belowTarget ? strings.LaunchAnywayStart : strings.LaunchStart}</PrimaryButton>
        </div>
      )}
    </section>
  );
};
