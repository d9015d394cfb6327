import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'CommunityHomeWebPartStrings';
import { CONTENT_LIMITS } from '../../../../domain/contentValidation';
import type { Community, Membership } from '../../../../domain/models';
import type { IMembershipService } from '../../../../domain/services';
import { PersonName } from '../../../../ui/components/PersonName';
import { describeError } from '../../../../ui/errors';
import { fill } from '../../../../ui/format';
import { problemMessage } from '../../../../ui/validationMessages';
import { useId } from '../../../../ui/hooks/useId';

export interface IMemberCareProps {
  community: Pick<Community, 'title' | 'joinPolicy'>;
  /** The community's members a gardener may welcome or remove (active, not its gardeners). */
  members: Membership[];
  /** SharePoint lets only the approvers of the community's folder (its gardeners) write either. */
  memberships: Pick<IMembershipService, 'welcome' | 'remove'>;
  /** After a welcome or removal, with what to tell the gardener (the members are read again). */
  onChanged: (notice: string) => void;
}

type Action = { kind: 'welcome' | 'remove'; member: Membership };

/** The note or reason: required, and no longer than a description. */
function noteProblem(note: string, label: string): string | undefined {
  const t = note.trim();
  if (t === '') return problemMessage(label, { rule: 'required' });
  if (t.length > CONTENT_LIMITS.description)
    return problemMessage(label, { rule: 'tooLong', max: CONTENT_LIMITS.description, length: t.length });
  return undefined;
}

/** One welcome or removal: the note the member will read, checked, then written; a failure said in words. */
const ActionDialog: React.FC<{
  action: Action;
  community: IMemberCareProps['community'];
  memberships: IMemberCareProps['memberships'];
  onDone: (changed: boolean) => void;
}> = ({ action, community, memberships, onDone }) => {
  const [note, setNote] = React.useState('');
  const [problem, setProblem] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<unknown>();
  const name = action.member.member.displayName;
  const welcome = action.kind === 'welcome';
  const label = welcome ? strings.WelcomeNote : strings.RemoveReason;
  const submit = async (): Promise<void> => {
    const p = noteProblem(note, label);
    setProblem(p);
    if (p || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await (welcome ? memberships.welcome(action.member, note.trim()) : memberships.remove(action.member, note.trim()));
      onDone(true);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <Dialog
      hidden={false}
      onDismiss={() => !busy && onDone(false)}
      dialogContentProps={{
        type: DialogType.normal,
        showCloseButton: false,
        title: fill(welcome ? strings.WelcomeTitle : strings.RemoveTitle, name),
        subText: welcome
          ? strings.WelcomeExplained
          : community.joinPolicy === 'open'
            ? fill(strings.RemoveExplainedOpen, community.title)
            : fill(strings.RemoveExplained, community.title),
      }}
      modalProps={{ isBlocking: true }}
      minWidth={360}
    >
      {error !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {describeError(error)}
        </MessageBar>
      )}
      <TextField
        label={label}
        required
        multiline
        rows={3}
        value={note}
        onChange={(_, v) => setNote(v ?? '')}
        errorMessage={problem}
        disabled={busy}
      />
      <DialogFooter>
        <PrimaryButton
          text={busy ? strings.Saving : welcome ? strings.SendWelcome : fill(strings.RemoveConfirm, name)}
          disabled={busy}
          onClick={() => {
            submit().catch(() => undefined); // shows its own errors
          }}
        />
        <DefaultButton text={strings.Cancel} onClick={() => onDone(false)} disabled={busy} />
      </DialogFooter>
    </Dialog>
  );
};

/**
 * For the community's gardeners: each member to welcome (a note the member sees on their membership)
 * or remove (with the reason they see). Loaded in its own chunk, for gardeners only.
 */
export const MemberCare: React.FC<IMemberCareProps> = ({ community, members, memberships, onChanged }) => {
  const membersCareId = useId('members-care');
  const [action, setAction] = React.useState<Action | undefined>();
  const buttons = React.useRef(new Map<string, HTMLElement | null>());
  const close = (changed: boolean): void => {
    const was = action;
    setAction(undefined);
    if (!was) return;
    if (changed) onChanged(fill(was.kind === 'welcome' ? strings.Welcomed : strings.Removed, was.member.member.displayName));
    else setTimeout(() => buttons.current.get(`${was.kind}-${was.member.id}`)?.focus(), 0);
  };
  return (
    <div>
      <Text as="h4" variant="mediumPlus" id={membersCareId} block>
        {strings.MemberCare}
      </Text>
      {members.length === 0 ? (
        <Text block>{strings.NobodyToWelcome}</Text>
      ) : (
        <ul aria-labelledby={membersCareId} style={{ listStyle: 'none', padding: 0 }}>
          {members.map((m) => (
            <li key={m.id} style={{ margin: '4px 0' }}>
              <PersonName person={m.member} eager />{' '}
              <span role="group" aria-label={fill(strings.MemberActions, m.member.displayName)}>
                <DefaultButton
                  elementRef={(el) => buttons.current.set(`welcome-${m.id}`, el)}
                  text={strings.Welcome}
                  ariaLabel={fill(strings.WelcomeLabel, m.member.displayName)}
                  onClick={() => setAction({ kind: 'welcome', member: m })}
                />{' '}
                <DefaultButton
                  elementRef={(el) => buttons.current.set(`remove-${m.id}`, el)}
                  text={strings.Remove}
                  ariaLabel={fill(strings.RemoveLabel, m.member.displayName)}
                  onClick={() => setAction({ kind: 'remove', member: m })}
                />
              </span>
            </li>
          ))}
        </ul>
      )}
      {action && <ActionDialog action={action} community={community} memberships={memberships} onDone={close} />}
    </div>
  );
};
