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
import { RESOURCE_TYPES, type Resource, type ResourceType } from '../../../../domain/models';
import { ErrorView } from '../../../../ui/components/StatusViews';
import { describeError, isStaleEdit } from '../../../../ui/errors';
import { useValidatedForm } from '../../../../ui/hooks/useValidatedForm';
import { getAddResourceFormClassNames } from './AddResourceForm.styles';
import type { IAddResourceFormProps } from './IAddResourceFormProps';

const EMPTY: ResourceDraft = { title: '', resourceType: '', url: '', description: '', reviewDate: '' };
const typeOptions: IDropdownOption[] = RESOURCE_TYPES.map((t) => ({ key: t, text: strings.ResourceTypeNames[t] ?? t }));

/** A resource's values as the form holds them (a review date is a calendar date, stored as UTC midnight). */
function draftOf(r: Resource): ResourceDraft {
  return {
    title: r.title,
    resourceType: r.resourceType,
    url: r.url,
    description: r.description,
    reviewDate: r.reviewDate?.slice(0, 10) ?? '',
  };
}

/**
 * "Add a resource", or "Edit resource" for one of mine (prefilled): checked with validateResource before
 * anything is saved; each problem shown at its field. A stale edit offers Reload.
 */
export const AddResourceForm: React.FC<IAddResourceFormProps> = ({ communityId, content, resource, onSaved, onCancel, onReload }) => {
  const classes = getAddResourceFormClassNames(useTheme());
  const form = useValidatedForm(
    () => (resource ? draftOf(resource) : EMPTY),
    validateResource,
    async (v) => {
      const values = {
        title: v.title,
        resourceType: v.resourceType as ResourceType,
        url: v.url,
        description: v.description,
        reviewDate: v.reviewDate,
      };
      onSaved(resource ? await content.updateResource(resource, values) : await content.addResource({ communityId, ...values }));
    },
  );
  const { draft, set, message, saving, saveError } = form;
  const titleId = resource ? `edit-resource-title-${resource.id}` : 'add-resource-title';

  return (
    <form
      className={classes.form}
      aria-labelledby={titleId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.submit().catch(() => undefined); // the form shows its own errors
      }}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h4" variant="mediumPlus" id={titleId}>
          {resource ? strings.EditResourceTitle : strings.AddResource}
        </Text>
        {form.hasProblems && <MessageBar messageBarType={MessageBarType.error}>{strings.FixProblems}</MessageBar>}
        {/* Changed by someone else meanwhile (412): Reload reads it again rather than trying the same write. */}
        {saveError !== undefined &&
          (isStaleEdit(saveError) && onReload ? (
            <ErrorView error={saveError} onRetry={onReload} />
          ) : (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              {describeError(saveError)}
            </MessageBar>
          ))}
        <TextField
          label={strings.ResourceTitle}
          required
          value={draft.title}
          onChange={(_, v) => set('title', v ?? '')}
          errorMessage={message('title', strings.ResourceTitle)}
        />
        <Dropdown
          label={strings.ResourceTypeLabel}
          required
          placeholder={strings.ChooseType}
          options={typeOptions}
          selectedKey={draft.resourceType || null}
          onChange={(_, o) => set('resourceType', (o?.key as ResourceType | undefined) ?? '')}
          errorMessage={message('resourceType', strings.ResourceTypeLabel)}
        />
        <TextField
          label={strings.ResourceUrl}
          required
          type="url"
          placeholder="https://"
          value={draft.url}
          onChange={(_, v) => set('url', v ?? '')}
          errorMessage={message('url', strings.ResourceUrl)}
        />
        <TextField
          label={strings.ResourceDescription}
          multiline
          rows={3}
          value={draft.description}
          onChange={(_, v) => set('description', v ?? '')}
          errorMessage={message('description', strings.ResourceDescription)}
        />
        <TextField
          label={strings.ResourceReviewDate}
          type="date"
          value={draft.reviewDate}
          onChange={(_, v) => set('reviewDate', v ?? '')}
          errorMessage={message('reviewDate', strings.ResourceReviewDate)}
        />
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={resource ? strings.SaveResourceChanges : strings.SaveResource} disabled={saving} />
          <DefaultButton text={strings.Cancel} onClick={onCancel} disabled={saving} />
        </Stack>
      </Stack>
    </form>
  );
};
