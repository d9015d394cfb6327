import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'MyCommunitiesWebPartStrings';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../../../domain/notifications';
import type { INotificationService } from '../../../../domain/services';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { useAsync } from '../../../../ui/hooks/useAsync';

export interface INotificationSettingsProps {
  /** Reads and saves the signed-in person's choices (their own Member Profiles item). */
  notifications: Pick<INotificationService, 'mutedKinds' | 'setMutedKinds'>;
}

const LABELS: Record<NotificationKind, string> = {
  joinRequested: strings.KindJoinRequested,
  foundingPledge: strings.KindFoundingPledge,
  requestApproved: strings.KindRequestApproved,
  requestDeclined: strings.KindRequestDeclined,
  communityLaunched: strings.KindCommunityLaunched,
  suggestionMade: strings.KindSuggestionMade,
  questionAnswered: strings.KindQuestionAnswered,
  questionInvited: strings.KindQuestionInvited,
};

/** One tick per kind of Teams notification; unticked kinds are not sent to me. */
export const NotificationSettings: React.FC<INotificationSettingsProps> = ({ notifications }) => {
  const loaded = useAsync(() => notifications.mutedKinds(), [notifications]);
  const [muted, setMuted] = React.useState<NotificationKind[] | undefined>();
  const [saving, setSaving] = React.useState<'idle' | 'saving' | 'saved' | { error: unknown }>('idle');
  if (loaded.state.status === 'loading') return <LoadingView rows={2} />;
  if (loaded.state.status === 'error') return <ErrorView error={loaded.state.error} onRetry={loaded.reload} />;
  const current = muted ?? loaded.state.data;
  const toggle = (kind: NotificationKind, on: boolean): void => {
    setSaving('idle');
    setMuted(on ? current.filter((k) => k !== kind) : [...current, kind]);
  };
  const save = (): void => {
    if (saving === 'saving') return;
    setSaving('saving');
    notifications.setMutedKinds(current).then(
      (saved) => {
        setMuted(saved);
        setSaving('saved');
      },
      (error: unknown) => setSaving({ error }),
    );
  };
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text block variant="small">
        {strings.NotificationsHint}
      </Text>
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend>
          <Text variant="medium">{strings.NotificationsLabel}</Text>
        </legend>
        <Stack tokens={{ childrenGap: 6 }}>
          {NOTIFICATION_KINDS.map((kind) => (
            <Checkbox key={kind} label={LABELS[kind]} checked={!current.includes(kind)} onChange={(_, on) => toggle(kind, !!on)} />
          ))}
        </Stack>
      </fieldset>
      <Stack horizontal>
        <PrimaryButton text={strings.NotificationsSave} onClick={save} disabled={saving === 'saving'} />
      </Stack>
      {saving === 'saved' && <MessageBar messageBarType={MessageBarType.success}>{strings.NotificationsSaved}</MessageBar>}
      {/* Try again sends the same choices again; nothing ticked is lost meanwhile. */}
      {typeof saving === 'object' && <ErrorView error={saving.error} onRetry={save} />}
    </Stack>
  );
};
