import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as shared from 'CopHubSharedStrings';
import type { CommunityEvent, Person, Registration, SessionFeedback, SessionRecord } from '../../../../domain/models';
import { deriveAttendance, occurrenceKey } from '../../../../domain/registrations';
import type { IContentService, IFeedbackService, IPeopleService, ISessionRecordService } from '../../../../domain/services';
import { CSV_MIME_TYPE, registrationsCsv } from '../../../../formats/registrationsCsv';
import { downloadText, type DownloadText } from '../../../../ui/download';
import { describeError } from '../../../../ui/errors';
import { fill } from '../../../../ui/format';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { recordOf } from '../../../../domain/registrations';
import { FeedbackSummaryView } from '../SessionFeedback';

/** Longest note kept (a Note column holds far more; a note of a session needs no more). */
export const NOTES_MAX = 4000;

export interface ISessionRosterProps {
  event: CommunityEvent;
  start: Date;
  registrations: readonly Registration[];
  /** What was recorded for this session, if anything. */
  record?: SessionRecord;
  /** True once the session has started: attendance, notes and the story are offered. */
  held: boolean;
  records: Pick<ISessionRecordService, 'save'>;
  people: Pick<IPeopleService, 'search'>;
  content: Pick<IContentService, 'addResource'>;
  /** A link back to this session (the community home), for the story. */
  sessionLink: string;
  /** What attendees said (summarised for a held session). */
  feedback?: readonly SessionFeedback[];
  onRecorded: (record: SessionRecord) => void;
  download?: DownloadText;
}

const byEmail = (p: Pick<Person, 'email'>): string => p.email.toLowerCase();

/** After the session: tick who came, add walk-ins, note what was discussed, and make it a story. */
const AttendanceForm: React.FC<ISessionRosterProps & { registrants: Registration[] }> = (props) => {
  const { event, start, registrants, record, records, people, content, sessionLink, onRecorded } = props;
  const [present, setPresent] = React.useState<Person[]>(() => record?.attendees ?? []);
  const [notes, setNotes] = React.useState(record?.notes ?? '');
  const [query, setQuery] = React.useState('');
  const [found, setFound] = React.useState<Person[] | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ ok: boolean; text: string } | undefined>(undefined);
  const ticked = new Set(present.map(byEmail));
  const registrantPeople: Person[] = registrants.map((r) => ({
    id: r.registrantId,
    displayName: r.registrantName,
    email: r.registrantEmail ?? '',
  }));
  const walkIns = present.filter((p) => !registrantPeople.some((r) => byEmail(r) === byEmail(p)));
  const toggle = (p: Person, on: boolean): void =>
    setPresent((now) => (on ? [...now.filter((x) => byEmail(x) !== byEmail(p)), p] : now.filter((x) => byEmail(x) !== byEmail(p))));
  const notesProblem = notes.length > NOTES_MAX ? fill(shared.RosterNotesTooLong, NOTES_MAX.toLocaleString('en-GB')) : undefined;
  const run = async (work: () => Promise<string>): Promise<void> => {
    setBusy(true);
    setMessage(undefined);
    try {
      setMessage({ ok: true, text: await work() });
    } catch (e) {
      setMessage({ ok: false, text: describeError(e) });
    } finally {
      setBusy(false);
    }
  };
  const save = (storyUrl?: string): Promise<SessionRecord> =>
    records.save(event, start, { attendees: present, notes: notes.trim(), storyUrl: storyUrl ?? record?.storyUrl }, record);
  const search = async (): Promise<void> => {
    setFound(undefined);
    try {
      setFound(await people.search(query));
    } catch (e) {
      setMessage({ ok: false, text: describeError(e) });
    }
  };
  return (
    <form
      aria-label={fill(shared.RosterAttendanceLabel, event.title)}
      onSubmit={(e) => {
        e.preventDefault();
        if (notesProblem) return;
        run(async () => {
          onRecorded(await save());
          return shared.RosterSaved;
        }).catch(() => undefined); // run shows its own errors
      }}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h5" variant="medium">
          {shared.RosterWhoCame}
        </Text>
        {registrantPeople.map((p) => (
          <Checkbox
            key={byEmail(p)}
            label={p.displayName || p.email}
            checked={ticked.has(byEmail(p))}
            onChange={(_, on) => toggle(p, !!on)}
          />
        ))}
        {walkIns.map((p) => (
          <Checkbox
            key={byEmail(p)}
            label={fill(shared.RosterWalkIn, p.displayName || p.email)}
            checked
            onChange={() => toggle(p, false)}
          />
        ))}
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <TextField label={shared.RosterFindWalkIn} value={query} onChange={(_, v) => setQuery(v ?? '')} />
          <DefaultButton
            text={shared.RosterFind}
            onClick={() => {
              search().catch(() => undefined); // search shows its own errors
            }}
            disabled={query.trim().length < 2}
          />
        </Stack>
        {found && found.length === 0 && <Text>{shared.RosterNoneFound}</Text>}
        {found?.map((p) => (
          <div key={byEmail(p)}>
            <DefaultButton
              text={fill(shared.RosterAddWalkIn, p.displayName || p.email)}
              disabled={ticked.has(byEmail(p)) || !p.email}
              onClick={() => toggle(p, true)}
            />
          </div>
        ))}
        <TextField
          label={shared.RosterNotes}
          multiline
          rows={4}
          value={notes}
          onChange={(_, v) => setNotes(v ?? '')}
          errorMessage={notesProblem}
        />
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={busy ? shared.RosterSaving : shared.RosterSave} disabled={busy || !!notesProblem} />
          <DefaultButton
            text={shared.RosterAddStory}
            disabled={busy || !!notesProblem || !notes.trim() || !!record?.storyUrl || event.communityId <= 0}
            onClick={
              () =>
                run(async () => {
                  const story = await content.addResource({
                    title: fill(shared.RosterStoryTitle, event.title, occurrenceKey(start).slice(0, 10)).slice(0, 255),
                    communityId: event.communityId,
                    resourceType: 'story',
                    url: sessionLink,
                    description: notes.trim().slice(0, 2000),
                    reviewDate: '',
                  });
                  const repertoire = `${sessionLink.split('#')[0]}${sessionLink.includes('?') ? '&' : '?'}section=repertoire&resource=${story.id}`;
                  onRecorded(await save(repertoire));
                  return shared.RosterStoryAdded;
                }).catch(() => undefined) // run shows its own errors
            }
          />
        </Stack>
        {record?.storyUrl && <Text>{shared.RosterStoryDone}</Text>}
        {message && (
          <MessageBar messageBarType={message.ok ? MessageBarType.success : MessageBarType.error} isMultiline>
            {message.text}
          </MessageBar>
        )}
      </Stack>
    </form>
  );
};

/** The gardener's view of one session: who is coming and who waits (with a CSV), and after it, who came and what was discussed. */
export const SessionRoster: React.FC<ISessionRosterProps> = (props) => {
  const { event, start, registrations, record, held, download = downloadText } = props;
  const attendance = deriveAttendance(registrations, event, start);
  const exportCsv = (): void =>
    download(
      `${event.title.replace(/[^\w-]+/g, '-').slice(0, 60)}-${occurrenceKey(start).slice(0, 10)}.csv`,
      registrationsCsv(attendance, {
        name: shared.RosterName,
        email: shared.RosterEmail,
        standing: shared.RosterStanding,
        registered: shared.RosterRegistered,
        confirmed: shared.RosterConfirmed,
        waiting: shared.RosterWaiting,
      }),
      CSV_MIME_TYPE,
    );
  const names = (rs: readonly Registration[]): React.ReactNode =>
    rs.length === 0 ? (
      <Text block>{shared.RosterNobody}</Text>
    ) : (
      <ol>
        {rs.map((r) => (
          <li key={r.id}>
            <Text>{r.registrantName || r.registrantEmail}</Text>
          </li>
        ))}
      </ol>
    );
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h5" variant="medium">
        {fill(shared.RosterConfirmedHeading, attendance.confirmed.length)}
      </Text>
      {names(attendance.confirmed)}
      <Text as="h5" variant="medium">
        {fill(shared.RosterWaitingHeading, attendance.waiting.length)}
      </Text>
      {names(attendance.waiting)}
      <div>
        <DefaultButton
          text={shared.RosterDownload}
          ariaLabel={fill(shared.RosterDownloadLabel, event.title)}
          iconProps={{ iconName: 'Download' }}
          onClick={exportCsv}
        />
      </div>
      {held && <AttendanceForm {...props} registrants={attendance.confirmed} record={record} />}
      {held && props.feedback && <FeedbackSummaryView feedback={props.feedback} record={record} event={event} start={start} />}
    </Stack>
  );
};

/** The roster with this session's record read first (the gardener opens it; nobody else reads records here). */
export const SessionRosterLoader: React.FC<
  Omit<ISessionRosterProps, 'record' | 'records' | 'onRecorded' | 'feedback'> & {
    records: Pick<ISessionRecordService, 'save' | 'ofCommunity'>;
    feedback?: Pick<IFeedbackService, 'ofCommunity'>;
  }
> = (props) => {
  const { records, feedback, event, start, held } = props;
  const load = React.useCallback(
    () =>
      Promise.all([
        records.ofCommunity(event.communityId),
        held && feedback ? feedback.ofCommunity(event.communityId) : Promise.resolve(undefined),
      ]),
    [records, feedback, held, event.communityId],
  );
  const { state, reload } = useAsync(load, [load]);
  const [saved, setSaved] = React.useState<SessionRecord | undefined>(undefined);
  if (state.status === 'loading') return <LoadingView rows={2} />;
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
  const [recs, given] = state.data;
  const record = saved ?? recordOf(recs, event, start);
  return <SessionRoster {...props} record={record} onRecorded={setSaved} feedback={given} />;
};
