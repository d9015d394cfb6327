import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'MyCommunitiesWebPartStrings';
import { questionHref } from '../../../../domain/links';
import { hiddenReason } from '../../../../domain/questions';
import type { IQuestionFollowService, MyQuestion } from '../../../../domain/services';
import { LightButton } from '../../../../ui/components/LightButton';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { describeError } from '../../../../ui/errors';
import { fill } from '../../../../ui/format';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { useId } from '../../../../ui/hooks/useId';
import { plural } from '../../../../ui/plural';
import { getMyCommunitiesClassNames } from '../MyCommunities.styles';

export interface IMyQuestionsProps {
  follows: IQuestionFollowService;
  /** The hub's community page with `{id}`: a question opens at its community's Questions section. */
  communityPageUrl?: string;
}

/** Questions I asked and questions I follow (issue 16), with whether each is answered; read when opened. */
export const MyQuestions: React.FC<IMyQuestionsProps> = ({ follows, communityPageUrl }) => {
  const classes = getMyCommunitiesClassNames(useTheme());
  const askedId = useId('my-questions-asked');
  const followedId = useId('my-questions-followed');
  const { state, reload } = useAsync(() => follows.myQuestions(), [follows]);
  const [problem, setProblem] = React.useState<string>();
  const [busy, setBusy] = React.useState<number>();
  if (state.status === 'loading') return <LoadingView rows={2} />;
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
  const { asked, followed } = state.data;
  if (asked.length === 0 && followed.length === 0) return <Text block>{strings.NoMyQuestions}</Text>;

  const unfollow = (q: MyQuestion): void => {
    if (busy !== undefined) return;
    setBusy(q.question.id);
    setProblem(undefined);
    follows
      .unfollow(q.question)
      .then(reload, (e: unknown) => setProblem(fill(strings.UnfollowFailed, q.question.title, describeError(e))))
      .finally(() => setBusy(undefined));
  };
  const row = (q: MyQuestion, canUnfollow: boolean): JSX.Element => {
    const href = questionHref(communityPageUrl, q.question.communityId, q.question.id);
    const hidden = hiddenReason(q.question);
    const meta = [
      q.communityTitle,
      q.answered ? strings.QuestionAnswered : strings.QuestionNotAnswered,
      plural(strings.AnswerCount, q.answers),
    ].filter(Boolean);
    return (
      <li key={q.question.id} className={classes.row}>
        <div className={classes.meta}>
          {href ? (
            <Link href={href} dir="auto">
              {q.question.title}
            </Link>
          ) : (
            <Text variant="mediumPlus" dir="auto">
              {q.question.title}
            </Text>
          )}
          <Text variant="small">{meta.join(' · ')}</Text>
          {hidden !== undefined && (
            <Text variant="small" block>
              {fill(strings.QuestionHidden, hidden)}
            </Text>
          )}
        </div>
        {canUnfollow && (
          <LightButton
            text={strings.Unfollow}
            ariaLabel={fill(strings.UnfollowLabel, q.question.title)}
            disabled={busy !== undefined}
            onClick={() => unfollow(q)}
          />
        )}
      </li>
    );
  };
  return (
    <>
      {problem && (
        <Text block role="alert">
          {problem}
        </Text>
      )}
      {[
        { id: askedId, title: strings.QuestionsIAsked, items: asked, canUnfollow: false },
        { id: followedId, title: strings.QuestionsIFollow, items: followed, canUnfollow: true },
      ]
        .filter((group) => group.items.length > 0)
        .map((group) => (
          <React.Fragment key={group.id}>
            <Text as="h4" variant="mediumPlus" id={group.id} block>
              {group.title}
            </Text>
            <ul className={classes.list} aria-labelledby={group.id}>
              {group.items.map((q) => row(q, group.canUnfollow))}
            </ul>
          </React.Fragment>
        ))}
    </>
  );
};
