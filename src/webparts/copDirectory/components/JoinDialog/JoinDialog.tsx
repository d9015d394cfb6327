import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogType } from '@fluentui/react/lib/Dialog';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CopDirectoryWebPartStrings';
import type { MembershipLevel } from '../../../../domain/models';
import { fill } from '../../../../ui/format';
import { getJoinDialogClassNames } from './JoinDialog.styles';
import type { IJoinDialogProps } from './IJoinDialogProps';
import { ChoiceStep, joinDialogTitle, LevelStep } from './JoinSteps';

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
  const choice = { classes, error, busy, onDismiss };

  let body: React.ReactNode;
  if (step?.stage === 'pledgeChoice') {
    const elsewhere = step.currentCore.title;
    body = (
      <ChoiceStep
        {...choice}
        question={fill(strings.PledgeChoiceBody, elsewhere, step.community.title)}
        first={
          <PrimaryButton disabled={busy} onClick={() => onPledge?.('widerHere')}>
            {strings.PledgeWiderHere}
          </PrimaryButton>
        }
        second={
          <DefaultButton disabled={busy} onClick={() => onPledge?.('moveCore')}>
            {strings.PledgeMoveCore}
          </DefaultButton>
        }
        hint={fill(strings.PledgeChoiceHelp, elsewhere, step.community.title)}
      />
    );
  } else if (step?.stage === 'coreChoice') {
    const elsewhere = step.currentCore?.title ?? strings.AnotherCommunity;
    body = (
      <ChoiceStep
        {...choice}
        question={fill(step.currentCorePending ? strings.CoreChoiceBodyRequested : strings.CoreChoiceBody, elsewhere)}
        first={
          <PrimaryButton disabled={busy} onClick={() => onJoin('wider')}>
            {strings.JoinAsWider}
          </PrimaryButton>
        }
        second={
          <DefaultButton disabled={busy} onClick={() => onJoin('core', true)}>
            {strings.MoveCoreHere}
          </DefaultButton>
        }
        hint={fill(strings.MoveCoreHelp, elsewhere, step.community.title)}
      />
    );
  } else {
    body = (
      <LevelStep
        {...choice}
        community={community}
        currentCore={currentCore}
        currentCorePending={currentCorePending}
        level={level}
        onLevel={setLevel}
        onJoin={(l) => onJoin(l)}
      />
    );
  }

  return (
    <Dialog
      hidden={!step}
      onDismiss={onDismiss}
      dialogContentProps={{
        type: DialogType.normal,
        title: joinDialogTitle(step),
        closeButtonAriaLabel: strings.Close,
      }}
      modalProps={{ isBlocking: busy }}
      minWidth={340}
      maxWidth={520}
    >
      {body}
    </Dialog>
  );
};
