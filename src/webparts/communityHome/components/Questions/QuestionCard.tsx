import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'CommunityHomeWebPartStrings';
import type { ResourceType } from '../../../../domain/models';
import { acceptedAnswer, answersOf, hiddenReason, isHidden, type Answer, type Question } from '../../../../domain/questions';
import { useDates } from '../../../../ui/dates';
import { fill } from '../../../../ui/format';
import { actionError, WrittenText } from './questionText';
import { QuestionEditor } from './QuestionEditor';
import type { QuestionActions } from './useQuestionActions';
import type { IQuestionFollowService } from '../../../../domain/services';

const Q = strings.Questions;
const REPERTOIRE_TYPES: ResourceType[] = ['guide', 'SOP'];

export interface IQuestionCardProps {
  question: Question;
  answers: readonly Answer[];
  viewerId: number;
  /** A gardener of this community (or POD): accepts, hides, restores, adds to the repertoire. */
  gardener: boolean;
  /** The community has closed: read only. */
  readOnly: boolean;
  actions: QuestionActions;
  /** Following questions (told of answers); absent where the host offers none. */
  follows?: Pick<IQuestionFollowService, 'follow' | 'unfollow'>;
  /** I follow this question (as read when the section opened). */
  following?: boolean;
  /** Following it changed. */
  onFollowChange?: (questionId: number, following: boolean) => void;
  /** Opened from a link naming this question: it is scrolled to and its heading focused. */
  focused?: boolean;
}

/** Follow or Unfollow, for anyone but the asker (who is told anyway); what I follow is read with the section. */
const FollowControl: React.FC<{
  question: Question;
  follows: Pick<IQuestionFollowService, 'follow' | 'unfollow'>;
  following: boolean;
  setFollowing: (following: boolean) => void;
}> = ({ question, follows, following, setFollowing }) => {
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const toggle = async (): Promise<void> => {
    setBusy(true);
    try {
      if (following) await follows.unfollow(question);
      else await follows.follow(question);
      setFollowing(!following);
      setError(undefined);
    } catch (e) {
      setError(actionError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {following && (
        <Text role="status" style={{ alignSelf: 'center' }}>
          {Q.Following}
        </Text>
      )}
      <DefaultButton
        text={following ? Q.Unfollow : Q.Follow}
        ariaLabel={following ? undefined : fill(Q.FollowLabel, question.title)}
        disabled={busy}
        onClick={() => toggle().catch(() => undefined)}
      />
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
    </>
  );
};

/** What this reader sees of the answers: those that count, accepted first, and hidden ones to their author and the gardeners. */
function shownAnswers(q: Question, all: readonly Answer[], viewerId: number, gardener: boolean): Answer[] {
  const accepted = acceptedAnswer(q, all);
  const counted = answersOf(q, all);
  const hidden = all.filter(
    (a) => a.questionId === q.id && a.folderCommunityId === q.folderCommunityId && isHidden(a) && (gardener || a.answererId === viewerId),
  );
  return [...(accepted ? [accepted] : []), ...counted.filter((a) => a !== accepted), ...hidden];
}

/** A gardener's Hide: asks why (its author sees it), then hides. */
const HideControl: React.FC<{ label: string; onHide: (reason: string) => Promise<boolean> }> = ({ label, onHide }) => {
  const [open, setOpen] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  if (!open) return <DefaultButton text={Q.Hide} ariaLabel={label} onClick={() => setOpen(true)} />;
  return (
    <div role="group" aria-label={label}>
      <TextField label={Q.HideReason} value={reason} onChange={(_, v) => setReason(v ?? '')} maxLength={900} />
      <PrimaryButton
        text={Q.HideConfirm}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          // Once hidden, "Show again" replaces this control: only a refusal leaves it to update.
          if (!(await onHide(reason))) setBusy(false);
        }}
      />{' '}
      <DefaultButton text={Q.Cancel} onClick={() => setOpen(false)} />
    </div>
  );
};

const AnswerItem: React.FC<{
  question: Question;
  answer: Answer;
  accepted: boolean;
  canAccept: boolean;
  mine: boolean;
  gardener: boolean;
  readOnly: boolean;
  actions: QuestionActions;
}> = ({ question, answer, accepted, canAccept, mine, gardener, readOnly, actions }) => {
  const dates = useDates();
  const [editing, setEditing] = React.useState(false);
  const [body, setBody] = React.useState(answer.body);
  const reason = hiddenReason(answer);
  return (
    <li
      aria-label={accepted ? Q.Accepted : undefined}
      style={{ borderLeft: accepted ? '4px solid' : undefined, paddingLeft: 8, marginBottom: 12 }}
    >
      {accepted && (
        <Text block variant="smallPlus" style={{ fontWeight: 600 }}>
          {Q.Accepted}
        </Text>
      )}
      {reason !== undefined && (
        <MessageBar messageBarType={MessageBarType.warning}>{fill(mine ? Q.AnswerHiddenBecause : Q.AnswerHiddenFor, reason)}</MessageBar>
      )}
      {editing ? (
        <>
          <TextField label={Q.EditAnswerLabel} multiline autoAdjustHeight value={body} onChange={(_, v) => setBody(v ?? '')} />
          <PrimaryButton
            text={Q.Save}
            onClick={async () => {
              if (await actions.editAnswer(answer, body)) setEditing(false);
            }}
          />{' '}
          <DefaultButton text={Q.Cancel} onClick={() => setEditing(false)} />
        </>
      ) : (
        <WrittenText text={answer.body} />
      )}
      <Text block variant="small">
        {fill(Q.AnsweredBy, answer.answererName, dates.formatIso('day', answer.created))}
      </Text>
      {!readOnly && !editing && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 4 }}>
          {canAccept && !accepted && reason === undefined && (
            <DefaultButton
              text={Q.Accept}
              ariaLabel={fill(Q.AcceptLabel, answer.answererName)}
              onClick={() => actions.accept(question, answer).catch(() => undefined)}
            />
          )}
          {mine && <DefaultButton text={Q.Edit} ariaLabel={Q.EditAnswerLabel} onClick={() => setEditing(true)} />}
          {gardener && reason === undefined && (
            <HideControl
              label={fill(Q.HideAnswerLabel, answer.answererName)}
              onHide={(r) => actions.hide({ kind: 'answer', ...answer }, r)}
            />
          )}
          {gardener && reason !== undefined && (
            <DefaultButton text={Q.Restore} onClick={() => actions.restore({ kind: 'answer', ...answer }).catch(() => undefined)} />
          )}
        </div>
      )}
    </li>
  );
};

/** The answer box: what is typed stays when posting fails. */
const AnswerForm: React.FC<{ question: Question; actions: QuestionActions }> = ({ question, actions }) => {
  const [body, setBody] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  // One answer however often Post is pressed: the ref holds before the next render does.
  const posting = React.useRef(false);
  const release = React.useCallback((): void => {
    posting.current = false;
  }, []);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        if (posting.current) return;
        posting.current = true;
        setBusy(true);
        if (await actions.answer(question, body)) setBody('');
        release();
        setBusy(false);
      }}
    >
      <TextField label={Q.YourAnswer} multiline autoAdjustHeight value={body} onChange={(_, v) => setBody(v ?? '')} />
      <PrimaryButton type="submit" text={busy ? Q.Posting : Q.PostAnswer} disabled={busy} style={{ marginTop: 8 }} />
    </form>
  );
};

/** One question: its state, details, answers (accepted first) and what this reader may do. */
export const QuestionCard: React.FC<IQuestionCardProps> = ({
  question: q,
  answers,
  viewerId,
  gardener,
  readOnly,
  actions,
  follows,
  following = false,
  onFollowChange,
  focused,
}) => {
  const [followingNow, setFollowingNow] = React.useState(following);
  React.useEffect(() => setFollowingNow(following), [following]);
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (!focused || !heading.current) return;
    heading.current.scrollIntoView?.({ block: 'start' });
    heading.current.focus();
  }, [focused]);
  const dates = useDates();
  const [editing, setEditing] = React.useState(false);
  const [added, setAdded] = React.useState<string | undefined>(undefined);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const accepted = acceptedAnswer(q, answers);
  const reason = hiddenReason(q);
  const shown = shownAnswers(q, answers, viewerId, gardener);
  const asker = q.askerId === viewerId;
  const titleId = `question-${q.id}-title`;
  const count = answersOf(q, answers).length;
  return (
    <article aria-labelledby={titleId} id={`question-${q.id}`} style={{ borderBottom: '1px solid', paddingBottom: 12, marginBottom: 12 }}>
      <h4
        id={titleId}
        ref={heading}
        tabIndex={focused ? -1 : undefined}
        style={{ overflowWrap: 'anywhere', margin: '8px 0 4px', fontSize: 18, fontWeight: 600 }}
      >
        {q.title}
      </h4>
      <Text block variant="small">
        <strong>{reason !== undefined ? Q.Hidden : accepted ? Q.Answered : Q.Unanswered}</strong>
        {' · '}
        {count === 1 ? Q.AnswerCountOne : fill(Q.AnswerCount, count)}
        {' · '}
        {fill(Q.AskedBy, q.askerName, dates.formatIso('day', q.created))}
      </Text>
      {q.topics.length > 0 && (
        <ul aria-label={Q.TopicsLabel} style={{ listStyle: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: 4 }}>
          {q.topics.map((t) => (
            <li key={t} style={{ border: '1px solid', borderRadius: 12, padding: '0 8px', overflowWrap: 'anywhere' }}>
              {t}
            </li>
          ))}
        </ul>
      )}
      {reason !== undefined && (
        <MessageBar messageBarType={MessageBarType.warning}>{fill(asker ? Q.HiddenBecause : Q.HiddenFor, reason)}</MessageBar>
      )}
      {editing ? (
        <QuestionEditor
          label={Q.EditQuestionLabel}
          initial={q}
          onSave={async (draft) => {
            if (await actions.editQuestion(q, draft)) setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        q.details && <WrittenText text={q.details} />
      )}
      {!readOnly && !editing && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0' }}>
          {asker && <DefaultButton text={Q.Edit} ariaLabel={Q.EditQuestionLabel} onClick={() => setEditing(true)} />}
          {!asker && follows && reason === undefined && (
            <FollowControl
              question={q}
              follows={follows}
              following={followingNow}
              setFollowing={(f) => {
                setFollowingNow(f);
                onFollowChange?.(q.id, f);
              }}
            />
          )}
          {gardener && reason === undefined && (
            <HideControl label={fill(Q.HideQuestionLabel, q.title)} onHide={(r) => actions.hide({ kind: 'question', ...q }, r)} />
          )}
          {gardener && reason !== undefined && (
            <DefaultButton text={Q.Restore} onClick={() => actions.restore({ kind: 'question', ...q }).catch(() => undefined)} />
          )}
        </div>
      )}
      <Text as="h5" variant="mediumPlus" block>
        {Q.ShowAnswers}
      </Text>
      {shown.length === 0 ? (
        <Text block>{Q.NoAnswers}</Text>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {shown.map((a) => (
            <AnswerItem
              key={a.id}
              question={q}
              answer={a}
              accepted={a === accepted}
              canAccept={(asker || gardener) && reason === undefined}
              mine={a.answererId === viewerId}
              gardener={gardener}
              readOnly={readOnly}
              actions={actions}
            />
          ))}
        </ul>
      )}
      {gardener && !readOnly && accepted && (
        <div role="group" aria-label={Q.ToRepertoire} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <Text>{Q.ToRepertoireAs}</Text>
          {REPERTOIRE_TYPES.map((t) => (
            <DefaultButton
              key={t}
              text={strings.ResourceTypeNames[t] ?? t}
              disabled={added !== undefined}
              onClick={async () => {
                try {
                  await actions.toRepertoire(q, accepted, t);
                  setError(undefined);
                  setAdded(strings.ResourceTypeNames[t] ?? t);
                } catch (e) {
                  setError(actionError(e));
                }
              }}
            />
          ))}
        </div>
      )}
      {added && <MessageBar messageBarType={MessageBarType.success}>{fill(Q.Added, added)}</MessageBar>}
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
      {readOnly ? null : reason !== undefined ? <Text block>{Q.AnswerClosed}</Text> : <AnswerForm question={q} actions={actions} />}
    </article>
  );
};
