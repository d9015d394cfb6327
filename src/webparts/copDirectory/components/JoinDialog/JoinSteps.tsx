import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { DialogFooter } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import * as strings from 'CopDirectoryWebPartStrings';
import type { Community, MembershipLevel } from '../../../../domain/models';
import { fill } from '../../../../ui/format';
import type { JoinStep } from '../../hooks/useMembershipActions';
import type { getJoinDialogClassNames } from './JoinDialog.styles';

type Classes = ReturnType<typeof getJoinDialogClassNames>;

/** What went wrong inside the dialog, in words; nothing when all is well. */
export const DialogError: React.FC<{ error?: string }> = ({ error }) =>
  error ? (
    <MessageBar messageBarType={MessageBarType.error} isMultiline>
      {error}
    </MessageBar>
  ) : null;

/** A choice step: one question with two answers (the first the default), a hint, and Cancel alone. */
export const ChoiceStep: React.FC<{
  classes: Classes;
  question: string;
  first: React.ReactElement;
  second: React.ReactElement;
  hint: string;
  error?: string;
  busy: boolean;
  onDismiss: () => void;
}> = ({ classes, question, first, second, hint, error, busy, onDismiss }) => (
  <>
    <div className={classes.stack}>
      <p className={classes.text}>{question}</p>
      <div className={classes.choices}>
        {first}
        {second}
      </div>
      <p className={classes.hint}>{hint}</p>
      <DialogError error={error} />
    </div>
    <DialogFooter>
      <DefaultButton disabled={busy} onClick={onDismiss}>
        {strings.Cancel}
      </DefaultButton>
    </DialogFooter>
  </>
);

const withHelp =
  (classes: Classes, help: string): IChoiceGroupOption['onRenderField'] =>
  (props, render) => (
    <div>
      {render?.(props)}
      <p className={classes.choiceHelp}>{help}</p>
    </div>
  );

/** The first step: core or wider, with the one-core-at-a-time advice when I'm core elsewhere. */
export const LevelStep: React.FC<{
  classes: Classes;
  community?: Community;
  currentCore?: Community;
  currentCorePending?: boolean;
  level: MembershipLevel;
  onLevel: (level: MembershipLevel) => void;
  error?: string;
  busy: boolean;
  onJoin: (level: MembershipLevel) => void;
  onDismiss: () => void;
}> = ({ classes, community, currentCore, currentCorePending, level, onLevel, error, busy, onJoin, onDismiss }) => {
  const options: IChoiceGroupOption[] = [
    { key: 'core', text: strings.CoreMember, onRenderField: withHelp(classes, strings.CoreMemberHelp) },
    { key: 'wider', text: strings.WiderMember, onRenderField: withHelp(classes, strings.WiderMemberHelp) },
  ];
  return (
    <>
      <div className={classes.stack}>
        {currentCore && community && currentCore.id !== community.id && (
          <MessageBar>
            {fill(currentCorePending ? strings.AlreadyCoreRequestedHint : strings.AlreadyCoreHint, currentCore.title)}
          </MessageBar>
        )}
        <ChoiceGroup
          label={strings.HowToTakePart}
          selectedKey={level}
          options={options}
          onChange={(_, o) => o && onLevel(o.key as MembershipLevel)}
          disabled={busy}
        />
        {community?.joinPolicy === 'approval' && <p className={classes.hint}>{strings.ApprovalHint}</p>}
        <DialogError error={error} />
      </div>
      <DialogFooter>
        <PrimaryButton disabled={busy} onClick={() => onJoin(level)}>
          {busy ? strings.Joining : strings.JoinConfirm}
        </PrimaryButton>
        <DefaultButton disabled={busy} onClick={onDismiss}>
          {strings.Cancel}
        </DefaultButton>
      </DialogFooter>
    </>
  );
};

/** The dialog's title for its step, naming the community. */
export function joinDialogTitle(step: JoinStep | undefined): string {
  if (!step) return '';
  const template =
    step.stage === 'pledgeChoice'
      ? strings.PledgeChoiceTitle
      : step.stage === 'coreChoice'
        ? step.currentCorePending
          ? strings.CoreChoiceTitleRequested
          : strings.CoreChoiceTitle
        : strings.JoinDialogTitle;
  return fill(template, step.community.title);
}
