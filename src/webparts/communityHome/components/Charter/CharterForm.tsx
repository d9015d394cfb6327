import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'CommunityHomeWebPartStrings';
import { validateCharter } from '../../../../domain/contentValidation';
import type { CharterText, Community, CommunityCharter } from '../../../../domain/models';
import type { ICommunityService } from '../../../../domain/services';
import { ErrorView } from '../../../../ui/components/StatusViews';
import { describeError, isStaleEdit } from '../../../../ui/errors';
import { fill } from '../../../../ui/format';
import { useValidatedForm } from '../../../../ui/hooks/useValidatedForm';
import { getAddResourceFormClassNames } from '../AddResourceForm/AddResourceForm.styles';
import { useId } from '../../../../ui/hooks/useId';

export interface ICharterFormProps {
  community: Pick<Community, 'id' | 'title'>;
  /** The texts shown now (the saved charter's, or the community's own until there is one). */
  text: CharterText;
  /** The charter item being edited, with the etag it was read with; none before the first save. */
  current?: CommunityCharter;
  /** Writes the charter; SharePoint lets only the community's gardeners (and the POD team) do so. */
  communities: Pick<ICommunityService, 'saveCharter'>;
  onSaved: (charter: CommunityCharter) => void;
  onCancel: () => void;
  /** After a stale save (someone else saved meanwhile): read the charter again. */
  onReload: () => void;
}

/** "Edit charter": checked with validateCharter before anything is saved; each problem at its field. */
export const CharterForm: React.FC<ICharterFormProps> = ({ community, text, current, communities, onSaved, onCancel, onReload }) => {
  const charterFormTitleId = useId('charter-form-title');
  const classes = getAddResourceFormClassNames(useTheme());
  const form = useValidatedForm(text, validateCharter, async (v) => onSaved(await communities.saveCharter(community, v, current)));
  const { draft, set, message, saving, saveError } = form;
  const field = (key: keyof CharterText, label: string, props: { required?: boolean; rhythm?: boolean } = {}): React.ReactNode => (
    <TextField
      label={label}
      required={props.required}
      multiline={!props.rhythm}
      autoAdjustHeight={!props.rhythm}
      rows={props.rhythm ? undefined : 3}
      description={props.rhythm ? strings.RhythmHint : undefined}
      value={draft[key]}
      onChange={(_, v) => set(key, v ?? '')}
      errorMessage={message(key, label)}
    />
  );
  return (
    <form
      className={classes.form}
      aria-labelledby={charterFormTitleId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.submit().catch(() => undefined); // the form shows its own errors
      }}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h4" variant="mediumPlus" id={charterFormTitleId}>
          {fill(strings.EditCharterTitle, community.title)}
        </Text>
        {form.hasProblems && <MessageBar messageBarType={MessageBarType.error}>{strings.FixProblems}</MessageBar>}
        {/* Saved by someone else meanwhile (412): Reload reads it again rather than overwriting their change. */}
        {saveError !== undefined &&
          (isStaleEdit(saveError) ? (
            <ErrorView error={saveError} onRetry={onReload} />
          ) : (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              {describeError(saveError)}
            </MessageBar>
          ))}
        {field('domain', strings.Domain, { required: true })}
        {field('practice', strings.Practice)}
        {field('audience', strings.Audience)}
        {field('groundRules', strings.GroundRules)}
        {field('rhythm', strings.Rhythm, { rhythm: true })}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={saving ? strings.SavingCharter : strings.SaveCharter} disabled={saving} />
          <DefaultButton text={strings.Cancel} onClick={onCancel} disabled={saving} />
        </Stack>
      </Stack>
    </form>
  );
};
