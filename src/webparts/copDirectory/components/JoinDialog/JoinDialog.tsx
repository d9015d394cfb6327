import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CopDirectoryWebPartStrings';
import type { MembershipLevel } from '../../../../domain/models';
import { fill } from '../../../../ui/format';
import { getJoinDialogClassNames } from './JoinDialog.styles';
import type { IJoinDialogProps } from './IJoinDialogProps';

/**
 * Joining a community: choose core or wider, with the one-core-at-a-time advice in plain words;
 * when I am core elsewhere, choose between wider here and moving my core membership here.
 */
export const JoinDialog: React.FC<IJoinDialogProps> = ({
  step,
  currentCore,
  currentCorePending,
  busy,
  error,
  onJoin,
  onPledge,
  onDismiss,
}) => {
  const classes = getJoinDialogClassNames(useTheme());
  const [level, setLevel] = React.useState<MembershipLevel>('wider');
  const communityId = step?.community.id;
  React.useEffect(() => {
    // A fresh choice each time the dialog opens: wider when I'm already core somewhere.
    setLevel(currentCore && currentCore.id !== communityId ? 'wider' : 'core');
  }, [communityId]);

  const community = step?.community;
  const options: IChoiceGroupOption[] = [
    {
      key: 'core',
      text: strings.CoreMember,
      onRenderField: (props, render) => (
        <div>
          {render?.(props)}
          <p className={classes.choiceHelp}>{strings.CoreMemberHelp}</p>
        </div>
      ),
    },
    {
      key: 'wider',
      text: strings.WiderMember,
      onRenderField: (props, render) => (
        <div>
          {render?.(props)}
          <p className={classes.choiceHelp}>{strings.WiderMemberHelp}</p>
        </div>
      ),
    },
  ];

  const errorBar = error && (
    <MessageBar messageBarType={MessageBarType.error} isMultiline>
      {error}
    </MessageBar>
  );

  let body: React.ReactNode;
  let footer: React.ReactNode;
  // Both choice steps ask one question with two answers (the first the default) and a hint, and cancel alone.
  const choiceStep = (
    question: string,
    first: React.ReactElement,
    second: React.ReactElement,
    hint: string,
  ): [React.ReactNode, React.ReactNode] => [
    <div className={classes.stack}>
      <p className={classes.text}>{question}</p>
      <div className={classes.choices}>
        {first}
        {second}
      </div>
      <p className={classes.hint}>{hint}</p>
      {errorBar}
    </div>,
    <DialogFooter>
      <DefaultButton disabled={busy} onClick={onDismiss}>
        {strings.Cancel}
      </DefaultButton>
    </DialogFooter>,
  ];
  if (step?.stage === 'pledgeChoice') {
    const elsewhere = step.currentCore.title;
    [body, footer] = choiceStep(
      fill(strings.PledgeChoiceBody, elsewhere, step.community.title),
      <PrimaryButton disabled={busy} onClick={() => onPledge?.('widerHere')}>
        {strings.PledgeWiderHere}
      </PrimaryButton>,
      <DefaultButton disabled={busy} onClick={() => onPledge?.('moveCore')}>
        {strings.PledgeMoveCore}
      </DefaultButton>,
      fill(strings.PledgeChoiceHelp, elsewhere, step.community.title),
    );
  } else if (step?.stage === 'coreChoice') {
    const elsewhere = step.currentCore?.title ?? strings.AnotherCommunity;
    [body, footer] = choiceStep(
      fill(step.currentCorePending ? strings.CoreChoiceBodyRequested : strings.CoreChoiceBody, elsewhere),
      <PrimaryButton disabled={busy} onClick={() => onJoin('wider')}>
        {strings.JoinAsWider}
      </PrimaryButton>,
      <DefaultButton disabled={busy} onClick={() => onJoin('core', true)}>
        {strings.MoveCoreHere}
      </DefaultButton>,
      fill(strings.MoveCoreHelp, elsewhere, step.community.title),
    );
  } else {
    body = (
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
          onChange={(_, o) => o && setLevel(o.key as MembershipLevel)}
          disabled={busy}
        />
        {community?.joinPolicy === 'approval' && <p className={classes.hint}>{strings.ApprovalHint}</p>}
        {errorBar}
      </div>
    );
    footer = (
      <DialogFooter>
        <PrimaryButton disabled={busy} onClick={() => onJoin(level)}>
          {busy ? strings.Joining : strings.JoinConfirm}
        </PrimaryButton>
        <DefaultButton disabled={busy} onClick={onDismiss}>
          {strings.Cancel}
        </DefaultButton>
      </DialogFooter>
    );
  }

  return (
    <Dialog
      hidden={!step}
      onDismiss={onDismiss}
      dialogContentProps={{
        type: DialogType.normal,
        title: community
          ? fill(
              step?.stage === 'pledgeChoice'
                ? strings.PledgeChoiceTitle
                : step?.stage === 'coreChoice'
                  ? step.currentCorePending
                    ? strings.CoreChoiceTitleRequested
                    : strings.CoreChoiceTitle
                  : strings.JoinDialogTitle,
              community.title,
            )
          : '',
        closeButtonAriaLabel: strings.Close,
      }}
      modalProps={{ isBlocking: busy }}
      minWidth={340}
      maxWidth={520}
    >
      {body}
      {footer}
    </Dialog>
  );
};
