import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'CommunityHomeWebPartStrings';
import { validateProfile, type ProfileDraft } from '../../../../domain/contentValidation';
import type { MemberProfile } from '../../../../domain/models';
import { LightButton } from '../../../../ui/components/LightButton';
import { Notice } from '../../../../ui/components/Notice';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { describeError } from '../../../../ui/errors';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { useValidatedForm } from '../../../../ui/hooks/useValidatedForm';
import type { IMyTopicsProps } from './IMyTopicsProps';
import { getMyTopicsClassNames } from './MyTopics.styles';
import { useId } from '../../../../ui/hooks/useId';

const toDraft = (p: MemberProfile | undefined): ProfileDraft => ({
  canHelpWith: (p?.canHelpWith ?? []).join(', '),
  wantsToLearn: (p?.wantsToLearn ?? []).join(', '),
  practiceArea: p?.practiceArea ?? '',
});

const Editor: React.FC<IMyTopicsProps & { profile: MemberProfile | undefined; titleId: string }> = ({
  content,
  profile,
  onSaved,
  titleId,
}) => {
  const classes = getMyTopicsClassNames();
  const [saved, setSaved] = React.useState(false);
  const form = useValidatedForm(
    () => toDraft(profile),
    validateProfile,
    async (value) => {
      await content.saveProfile(value);
      setSaved(true);
      onSaved?.();
    },
  );
  const { draft, message, saving, saveError } = form;
  const set =
    (key: keyof ProfileDraft): ((_: unknown, v?: string) => void) =>
    (_, v) => {
      setSaved(false);
      form.set(key, v ?? '');
    };

  return (
    <form
      className={classes.form}
      noValidate
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        form.submit().catch(() => undefined); // the form shows its own errors
      }}
    >
      <Text block variant="small">
        {strings.MyTopicsHint}
      </Text>
      {saveError !== undefined && <Notice kind="error">{describeError(saveError)}</Notice>}
      <div className={classes.fields}>
        <TextField
          className={classes.field}
          label={strings.CanHelpWith}
          multiline
          autoAdjustHeight
          rows={2}
          value={draft.canHelpWith}
          onChange={set('canHelpWith')}
          errorMessage={message('canHelpWith', strings.CanHelpWith)}
        />
        <TextField
          className={classes.field}
          label={strings.WantsToLearn}
          multiline
          autoAdjustHeight
          rows={2}
          value={draft.wantsToLearn}
          onChange={set('wantsToLearn')}
          errorMessage={message('wantsToLearn', strings.WantsToLearn)}
        />
        <TextField
          className={classes.field}
          label={strings.MyPracticeArea}
          value={draft.practiceArea}
          onChange={set('practiceArea')}
          errorMessage={message('practiceArea', strings.MyPracticeArea)}
        />
      </div>
      <div className={classes.actions}>
        <LightButton kind="primary" type="submit" text={strings.SaveTopics} disabled={saving} />
        <div aria-live="polite">{saved && <Text>{strings.TopicsSaved}</Text>}</div>
      </div>
    </form>
  );
};

/** What I can help with and want to learn: one profile, shared by all my communities. */
export const MyTopics: React.FC<IMyTopicsProps> = (props) => {
  const communityMyTopicsId = useId('community-my-topics');
  const { known } = props;
  // The profile itself, not the wrapper object, says when there is something new to show.
  const { state, reload } = useAsync(
    async () => (known ? known.profile : props.content.myProfile()),
    [props.content, known !== undefined, known?.profile],
  );
  let body: React.ReactNode;
  if (state.status === 'loading') body = <LoadingView rows={2} />;
  else if (state.status === 'error') body = <ErrorView error={state.error} onRetry={reload} />;
  else body = <Editor {...props} profile={state.data} titleId={communityMyTopicsId} />;
  return (
    <section aria-labelledby={communityMyTopicsId}>
      <Text as="h3" variant="large" id={communityMyTopicsId} block>
        {strings.MyTopics}
      </Text>
      {body}
    </section>
  );
};
