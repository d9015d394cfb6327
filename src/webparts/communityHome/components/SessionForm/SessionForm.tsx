import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'CommunityHomeWebPartStrings';
import { validateEvent, type EventDraft } from '../../../../domain/contentValidation';
import { EVENT_TYPES, type CommunityEvent, type EventType } from '../../../../domain/models';
import type { IContentService } from '../../../../domain/services';
import { describeError } from '../../../../ui/errors';
import { fill } from '../../../../ui/format';
import { useValidatedForm } from '../../../../ui/hooks/useValidatedForm';
import { getAddResourceFormClassNames } from '../AddResourceForm/AddResourceForm.styles';

export interface ISessionFormProps {
  communityId: number;
  /** Writes the session; SharePoint lets only the community's gardeners (and the POD team) do so. */
  content: Pick<IContentService, 'addEvent' | 'updateEvent'>;
  /** The session to edit; a new one when not given. */
  event?: CommunityEvent;
  onSaved: (event: CommunityEvent) => void;
  onCancel: () => void;
}

const typeOptions: IDropdownOption[] = EVENT_TYPES.map((t) => ({ key: t, text: strings.EventTypes[t] ?? t }));

/** An instant as a datetime-local input shows it: the viewer's own wall clock, to the minute. */
export function toLocalInput(iso: string | undefined): string {
  const d = new Date(iso ?? '');
  if (Number.isNaN(d.getTime())) return '';
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

function draftOf(e?: CommunityEvent): EventDraft {
  return {
    title: e?.title ?? '',
    eventType: e?.eventType ?? '',
    start: toLocalInput(e?.start),
    end: toLocalInput(e?.end),
    recurrence: e?.recurrence ?? '',
    location: e?.location ?? '',
    onlineUrl: e?.onlineUrl ?? '',
    places: e?.capacity === undefined ? '' : String(e.capacity),
    deadline: toLocalInput(e?.registrationDeadline),
  };
}

/** "Schedule a session" (or edit one): checked with validateEvent before anything is saved; each problem at its field. */
export const SessionForm: React.FC<ISessionFormProps> = ({ communityId, content, event, onSaved, onCancel }) => {
  const classes = getAddResourceFormClassNames(useTheme());
  const [description, setDescription] = React.useState(event?.description ?? '');
  const form = useValidatedForm(draftOf(event), validateEvent, async (v) => {
    const values = {
      communityId,
      title: v.title,
      eventType: v.eventType as EventType,
      start: new Date(v.start).toISOString(),
      end: new Date(v.end).toISOString(),
      timeZone: event?.timeZone,
      recurrence: v.recurrence,
      location: v.location,
      onlineUrl: v.onlineUrl,
      description: description.trim(),
      // Empty clears them: no limit, and registration open until the start.
      capacity: v.places ? Number(v.places) : null,
      registrationDeadline: v.deadline ? new Date(v.deadline).toISOString() : null,
    };
    onSaved(await (event ? content.updateEvent(event.id, values) : content.addEvent(values)));
  });
  const { draft, set, message, saving, saveError } = form;
  const heading = event ? fill(strings.EditSessionTitle, event.title) : strings.ScheduleSession;
  const headingId = `session-form-${event?.id ?? 'new'}`;

  return (
    <form
      className={classes.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.submit().catch(() => undefined); // the form shows its own errors
      }}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h4" variant="mediumPlus" id={headingId}>
          {heading}
        </Text>
        {form.hasProblems && <MessageBar messageBarType={MessageBarType.error}>{strings.FixProblems}</MessageBar>}
        {saveError !== undefined && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {describeError(saveError)}
          </MessageBar>
        )}
        <TextField
          label={strings.SessionTitle}
          required
          value={draft.title}
          onChange={(_, v) => set('title', v ?? '')}
          errorMessage={message('title', strings.SessionTitle)}
        />
        <Dropdown
          label={strings.SessionType}
          required
          placeholder={strings.ChooseType}
          options={typeOptions}
          selectedKey={draft.eventType || null}
          onChange={(_, o) => set('eventType', (o?.key as EventType | undefined) ?? '')}
          errorMessage={message('eventType', strings.SessionType)}
        />
        <TextField
          label={strings.SessionStart}
          required
          type="datetime-local"
          value={draft.start}
          onChange={(_, v) => set('start', v ?? '')}
          errorMessage={message('start', strings.SessionStart)}
        />
        <TextField
          label={strings.SessionEnd}
          required
          type="datetime-local"
          value={draft.end}
          onChange={(_, v) => set('end', v ?? '')}
          errorMessage={message('end', strings.SessionEnd)}
        />
        <TextField
          label={strings.SessionRecurrence}
          description={strings.SessionRecurrenceHint}
          value={draft.recurrence}
          onChange={(_, v) => set('recurrence', v ?? '')}
          errorMessage={message('recurrence', strings.SessionRecurrence)}
        />
        <TextField
          label={strings.SessionLocation}
          value={draft.location}
          onChange={(_, v) => set('location', v ?? '')}
          errorMessage={message('location', strings.SessionLocation)}
        />
        <TextField
          label={strings.SessionOnlineUrl}
          type="url"
          placeholder="https://"
          value={draft.onlineUrl}
          onChange={(_, v) => set('onlineUrl', v ?? '')}
          errorMessage={message('onlineUrl', strings.SessionOnlineUrl)}
        />
        <TextField
          label={strings.SessionPlaces}
          description={strings.SessionPlacesHint}
          inputMode="numeric"
          value={draft.places}
          onChange={(_, v) => set('places', v ?? '')}
          errorMessage={message('places', strings.SessionPlaces)}
        />
        <TextField
          label={strings.SessionDeadline}
          description={strings.SessionDeadlineHint}
          type="datetime-local"
          value={draft.deadline}
          onChange={(_, v) => set('deadline', v ?? '')}
          errorMessage={message('deadline', strings.SessionDeadline)}
        />
        <TextField label={strings.SessionDescription} multiline rows={3} value={description} onChange={(_, v) => setDescription(v ?? '')} />
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={strings.SaveSession} disabled={saving} />
          <DefaultButton text={strings.Cancel} onClick={onCancel} disabled={saving} />
        </Stack>
      </Stack>
    </form>
  );
};
