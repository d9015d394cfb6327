import * as React from 'react';
import { DefaultButton, IconButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'CommunityHomeWebPartStrings';
import { normaliseTopics, QUESTION_LIMITS, questionProblem, questionProblems, type QuestionDraft } from '../../../../domain/questions';
import { suggestTopics } from '../../../../domain/questionRouting';
import { fill } from '../../../../ui/format';
import { useId } from '../../../../ui/hooks/useId';
import { problemText } from './questionText';

const Q = strings.Questions;

export interface IQuestionEditorProps {
  /** The form's accessible name. */
  label: string;
  initial?: QuestionDraft;
  /** Topics of the community's knowledge map, suggested as one types a topic. */
  knownTopics?: readonly string[];
  submitText?: string;
  busy?: boolean;
  /** Told of every change (the ask form looks for similar questions and colleagues). */
  onChange?: (draft: QuestionDraft) => void;
  onSave: (draft: QuestionDraft) => Promise<void> | void;
  onCancel?: () => void;
  /** Shown between the fields and the buttons (similar questions, colleagues). */
  children?: React.ReactNode;
}

/** Title, details and topics, checked by the domain's rules before anything is sent; what is typed stays. */
export const QuestionEditor: React.FC<IQuestionEditorProps> = (props) => {
  const { label, initial, knownTopics = [], submitText = Q.Save, busy = false, onChange, onSave, onCancel, children } = props;
  const [draft, setDraft] = React.useState<QuestionDraft>(initial ?? { title: '', details: '', topics: [] });
  const [typed, setTyped] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const suggestionsId = useId('topic-suggestions');
  // Each field says its own problem once Post was tried (too-long details at once: nothing is cut).
  const problems = questionProblems(draft).filter((p) => tried || p.rule === 'detailsTooLong');
  const change = (next: QuestionDraft): void => {
    setDraft(next);
    onChange?.(next);
  };
  const addTopic = (t: string): void => {
    const topics = normaliseTopics([...draft.topics, t]);
    change({ ...draft, topics });
    setTyped('');
  };
  const suggestions = suggestTopics(typed, knownTopics, draft.topics);
  const fieldError = (rules: string[]): string | undefined => {
    const p = problems.find((x) => rules.includes(x.rule));
    return p ? problemText(p) : undefined;
  };
  return (
    <form
      aria-label={label}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (busy || questionProblem(draft)) return;
        Promise.resolve(onSave({ ...draft, topics: normaliseTopics(draft.topics) })).catch(() => undefined); // the caller shows its errors
      }}
    >
      <TextField
        label={Q.Title}
        description={Q.TitleHint}
        required
        value={draft.title}
        onChange={(_, v) => change({ ...draft, title: v ?? '' })}
        errorMessage={fieldError(['titleTooShort', 'titleTooLong'])}
      />
      <TextField
        label={Q.Details}
        description={`${Q.DetailsHint} ${fill(Q.Characters, draft.details.length, QUESTION_LIMITS.detailsMax)}`}
        multiline
        autoAdjustHeight
        value={draft.details}
        onChange={(_, v) => change({ ...draft, details: v ?? '' })}
        errorMessage={fieldError(['detailsTooLong'])}
      />
      <div role="group" aria-labelledby={`${suggestionsId}-label`}>
        <Text id={`${suggestionsId}-label`} block style={{ fontWeight: 600, marginTop: 8 }}>
          {Q.Topics}
        </Text>
        {draft.topics.length > 0 && (
          <ul style={{ listStyle: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: 4 }}>
            {draft.topics.map((t) => (
              <li key={t} style={{ border: '1px solid', borderRadius: 12, paddingLeft: 8, overflowWrap: 'anywhere' }}>
                {t}
                <IconButton
                  iconProps={{ iconName: 'Cancel' }}
                  ariaLabel={fill(Q.RemoveTopic, t)}
                  title={fill(Q.RemoveTopic, t)}
                  onClick={() => change({ ...draft, topics: draft.topics.filter((x) => x !== t) })}
                />
              </li>
            ))}
          </ul>
        )}
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' }}>
          <TextField
            label={Q.AddTopic}
            description={Q.TopicsHint}
            value={typed}
            styles={{ root: { flex: '1 1 12em', minWidth: 0 } }}
            aria-describedby={suggestions.length ? suggestionsId : undefined}
            onChange={(_, v) => setTyped(v ?? '')}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                if (typed.trim()) addTopic(typed);
              }
            }}
            errorMessage={fieldError(['tooManyTopics', 'topicTooLong'])}
          />
          <DefaultButton text={Q.AddTopic} disabled={!typed.trim()} onClick={() => addTopic(typed)} />
        </div>
        {suggestions.length > 0 && (
          <ul
            id={suggestionsId}
            aria-label={Q.SuggestedTopics}
            style={{ listStyle: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: 4 }}
          >
            {suggestions.map((s) => (
              <li key={s}>
                <DefaultButton text={s} onClick={() => addTopic(s)} />
              </li>
            ))}
          </ul>
        )}
      </div>
      {children}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 12 }}>
        <PrimaryButton type="submit" text={busy ? Q.Posting : submitText} disabled={busy} />
        {onCancel && <DefaultButton text={Q.Cancel} onClick={onCancel} />}
      </div>
    </form>
  );
};
