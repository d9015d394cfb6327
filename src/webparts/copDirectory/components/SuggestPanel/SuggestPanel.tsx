import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CopDirectoryWebPartStrings';
import type { SuggestionKind } from '../../../../domain/models';
import { canonicalPracticeArea } from '../../../../domain/programme';
import {
  validateSuggestion,
  type FieldProblem,
  type TitleProblem,
  type SuggestionDraft,
  type SuggestionField,
  type SuggestionInput,
  type SuggestionProblems,
} from '../../../../domain/validation';
import { describeError } from '../../../../ui/errors';
import { fill } from '../../../../ui/format';
import { useValidatedForm } from '../../../../ui/hooks/useValidatedForm';
import { getSuggestPanelClassNames } from './SuggestPanel.styles';
import type { ISuggestPanelProps } from './ISuggestPanelProps';
import { useId } from '../../../../ui/hooks/useId';

type Focusable = { focus: () => void };
/** A Fluent componentRef: called with the control, and with null (Fluent's value) when it goes. */
type FocusRef = (control: Focusable | null) => void; // eslint-disable-line @rushstack/no-new-null

const EMPTY: SuggestionDraft = { title: '', description: '', practiceArea: '', kind: '' };
/** The "Other" choice's key: no practice area's name, since names are trimmed text. */
const OTHER_AREA = ' other';
const ORDER: SuggestionField[] = ['title', 'description', 'practiceArea', 'kind'];
const REQUIRED_TEXT: Record<SuggestionField, string> = {
  title: strings.SuggestTitleRequired,
  description: strings.SuggestDescriptionRequired,
  practiceArea: strings.Required,
  kind: strings.SuggestKindRequired,
};

function message(field: SuggestionField, problem: FieldProblem | TitleProblem | undefined): string | undefined {
  if (!problem) return undefined;
  if (problem.rule === 'notAName') return strings.SuggestTitleNotAName;
  if (problem.rule === 'required') return field === 'practiceArea' ? strings.SuggestOtherAreaRequired : REQUIRED_TEXT[field];
  if (problem.rule === 'tooLong') return fill(strings.TooLong, problem.max, problem.length);
  return strings.NotAChoice;
}

/**
 * The practice area: the programme's known areas to choose from, or "Other" and a name typed below
 * (a text box alone when the programme names none). The box, when shown, takes the focus on a problem.
 */
const PracticeAreaField: React.FC<{
  practiceAreas: readonly string[];
  /** The known area chosen, OTHER_AREA, or '' for none yet. */
  choice: string;
  typed: string;
  error?: string;
  onChoose: (key: string) => void;
  onType: (value: string) => void;
  focusable: FocusRef;
}> = ({ practiceAreas, choice, typed, error, onChoose, onType, focusable }) => {
  const other = choice === OTHER_AREA;
  const options: IDropdownOption[] = [
    ...practiceAreas.map((a) => ({ key: a, text: a })),
    { key: OTHER_AREA, text: strings.SuggestPracticeAreaOther },
  ];
  return (
    <>
      {practiceAreas.length > 0 && (
        <Dropdown
          label={strings.SuggestPracticeAreaLabel}
          placeholder={strings.SuggestPracticeAreaPlaceholder}
          options={options}
          selectedKey={choice || null}
          onChange={(_, o) => o && onChoose(String(o.key))}
          componentRef={other ? undefined : focusable}
          errorMessage={other ? undefined : error}
        />
      )}
      {(practiceAreas.length === 0 || other) && (
        <TextField
          label={other ? strings.SuggestOtherAreaLabel : strings.SuggestPracticeAreaLabel}
          required={other}
          description={other ? undefined : strings.Optional}
          value={typed}
          onChange={(_, v) => onType(v ?? '')}
          errorMessage={error}
          componentRef={focusable}
        />
      )}
    </>
  );
};

/** "Suggest a community or network": a short form, checked before it is sent to the POD team. */
export const SuggestPanel: React.FC<ISuggestPanelProps> = ({ isOpen, onSubmit, onSubmitted, onDismiss, practiceAreas = [] }) => {
  const copSuggestFormId = useId('cop-suggest-form');
  const classes = getSuggestPanelClassNames(useTheme());
  /** The known area chosen, OTHER_AREA (then the typed name is the draft's), or '' for none yet. */
  const [areaChoice, setAreaChoice] = React.useState('');
  const otherArea = areaChoice === OTHER_AREA;
  // Fluent controls hand back an object with focus(); the first invalid field gets focus on submit.
  const fields = React.useRef<Partial<Record<SuggestionField, Focusable>>>({});
  const focusable =
    (field: SuggestionField): ((control: Focusable | null) => void) =>
    (control) => {
      fields.current[field] = control ?? undefined;
    };
  const form = useValidatedForm<SuggestionDraft, SuggestionInput, SuggestionProblems>(
    EMPTY,
    (d) => validateSuggestion(d, { practiceAreaRequired: otherArea }),
    // A known area typed under "Other" is sent in the list's own spelling.
    async (value) => onSubmitted(await onSubmit({ ...value, practiceArea: canonicalPracticeArea(value.practiceArea, practiceAreas) })),
    {
      // After the first attempt, messages follow the input so a fixed field stops complaining.
      recheckOnChange: true,
      onInvalid: (problems) => {
        const first = ORDER.find((f) => problems[f]);
        if (first) fields.current[first]?.focus();
      },
    },
  );
  const { draft, problems, saving: sending } = form;

  React.useEffect(() => {
    if (!isOpen) return;
    form.reset(EMPTY);
    setAreaChoice('');
    // Only opening starts afresh (`form` is new each render).
  }, [isOpen]);

  const change = (field: SuggestionField, value: string): void => form.set(field, value as SuggestionDraft[typeof field]);

  const chooseArea = (key: string): void => {
    setAreaChoice(key);
    change('practiceArea', key === OTHER_AREA ? '' : key);
  };
  const kinds: IChoiceGroupOption[] = [
    { key: 'existing network', text: strings.KindExisting },
    { key: 'new idea', text: strings.KindNewIdea },
  ];

  return (
    <Panel
      isOpen={isOpen}
      type={PanelType.medium}
      headerText={strings.SuggestTitle}
      closeButtonAriaLabel={strings.Close}
      onDismiss={onDismiss}
      isBlocking={sending}
      isFooterAtBottom
      onRenderFooterContent={() => (
        <div className={classes.footer}>
          <PrimaryButton type="submit" form={copSuggestFormId} disabled={sending}>
            {sending ? strings.Sending : strings.SendSuggestion}
          </PrimaryButton>
          <DefaultButton onClick={onDismiss} disabled={sending}>
            {strings.Cancel}
          </DefaultButton>
        </div>
      )}
    >
      <form
        id={copSuggestFormId}
        className={classes.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          form.submit().catch(() => undefined); // the form shows its own errors
        }}
      >
        <p className={classes.intro}>{strings.SuggestIntro}</p>
        <TextField
          label={strings.SuggestNameLabel}
          required
          value={draft.title}
          onChange={(_, v) => change('title', v ?? '')}
          errorMessage={message('title', problems.title)}
          componentRef={focusable('title')}
        />
        <TextField
          label={strings.SuggestDescriptionLabel}
          required
          multiline
          rows={4}
          value={draft.description}
          onChange={(_, v) => change('description', v ?? '')}
          errorMessage={message('description', problems.description)}
          componentRef={focusable('description')}
        />
        <PracticeAreaField
          practiceAreas={practiceAreas}
          choice={areaChoice}
          typed={draft.practiceArea}
          error={message('practiceArea', problems.practiceArea)}
          onChoose={chooseArea}
          onType={(v) => change('practiceArea', v)}
          focusable={focusable('practiceArea')}
        />
        <div>
          <ChoiceGroup
            componentRef={focusable('kind')}
            label={strings.SuggestKindLabel}
            required
            options={kinds}
            selectedKey={draft.kind || null}
            onChange={(_, o) => o && change('kind', o.key as SuggestionKind)}
          />
          {problems.kind && (
            <MessageBar messageBarType={MessageBarType.error} role="alert">
              {message('kind', problems.kind)}
            </MessageBar>
          )}
        </div>
        {form.saveError !== undefined && <MessageBar messageBarType={MessageBarType.error}>{describeError(form.saveError)}</MessageBar>}
      </form>
    </Panel>
  );
};
