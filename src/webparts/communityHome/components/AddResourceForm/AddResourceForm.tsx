import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'CommunityHomeWebPartStrings';
import { validateResource, type ResourceDraft } from '../../../../domain/contentValidation';
import { RESOURCE_TYPES, type ResourceType } from '../../../../domain/models';
import { describeError } from '../../../../ui/errors';
import { useValidatedForm } from '../../../../ui/hooks/useValidatedForm';
import { getAddResourceFormClassNames } from './AddResourceForm.styles';
import type { IAddResourceFormProps } from './IAddResourceFormProps';

const EMPTY: ResourceDraft = { title: '', resourceType: '', url: '', description: '', reviewDate: '' };
const typeOptions: IDropdownOption[] = RESOURCE_TYPES.map((t) => ({ key: t, text: strings.ResourceTypeNames[t] ?? t }));

/** "Add a resource": checked with validateResource before anything is saved; each problem shown at its field. */
export const AddResourceForm: React.FC<IAddResourceFormProps> = ({ communityId, content, onAdded, onCancel }) => {
  const classes = getAddResourceFormClassNames(useTheme());
  const form = useValidatedForm(EMPTY, validateResource, async (v) => {
    onAdded(await content.addResource({ communityId, title: v.title, resourceType: v.resourceType as ResourceType, url: v.url, description: v.description, reviewDate: v.reviewDate }));
  });
  const { draft, set, message, saving, saveError } = form;

  return (
    <form className={classes.form} aria-labelledby="add-resource-title" noValidate onSubmit={(e) => {
      e.preventDefault();
      form.submit().catch(() => undefined); // the form shows its own errors
    }}>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h4" variant="mediumPlus" id="add-resource-title">{strings.AddResource}</Text>
        {form.hasProblems && <MessageBar messageBarType={MessageBarType.error}>{strings.FixProblems}</MessageBar>}
        {saveError !== undefined && <MessageBar messageBarType={MessageBarType.error} isMultiline>{describeError(saveError)}</MessageBar>}
        <TextField label={strings.ResourceTitle} required value={draft.title} onChange={(_, v) => set('title', v ?? '')} errorMessage={message('title', strings.ResourceTitle)} />
        <Dropdown
          label={strings.ResourceTypeLabel}
          required
          placeholder={strings.ChooseType}
          options={typeOptions}
          selectedKey={draft.resourceType || null}
          onChange={(_, o) => set('resourceType', (o?.key as ResourceType | undefined) ?? '')}
          errorMessage={message('resourceType', strings.ResourceTypeLabel)}
        />
        <TextField label={strings.ResourceUrl} required type="url" placeholder="https://" value={draft.url} onChange={(_, v) => set('url', v ?? '')} errorMessage={message('url', strings.ResourceUrl)} />
        <TextField label={strings.ResourceDescription} multiline rows={3} value={draft.description} onChange={(_, v) => set('description', v ?? '')} errorMessage={message('description', strings.ResourceDescription)} />
        <TextField label={strings.ResourceReviewDate} type="date" value={draft.reviewDate} onChange={(_, v) => set('reviewDate', v ?? '')} errorMessage={message('reviewDate', strings.ResourceReviewDate)} />
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={strings.SaveResource} disabled={saving} />
          <DefaultButton text={strings.Cancel} onClick={onCancel} disabled={saving} />
        </Stack>
      </Stack>
    </form>
  );
};
