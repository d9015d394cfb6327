import * as React from 'react';
import type { IContextualMenuItem } from '@fluentui/react/lib/ContextualMenu';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopHubSharedStrings';
import type { CommunityEvent, Registration } from '../../../domain/models';
import { deriveAttendance, myRegistrations, standingOf, type Standing } from '../../../domain/registrations';
import type { IRegistrationService } from '../../../domain/services';
import { describeError } from '../../errors';
import { fill } from '../../format';
import { plural } from '../../plural';
import { LightButton } from '../LightButton';
import { MenuButton } from '../MenuButton';
import { Notice } from '../Notice';

const classes = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', gap: 4 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 },
});

export interface ISessionRegistrationProps {
  event: CommunityEvent;
  /** The session's start (an occurrence is its series and its start). */
  start: Date;
  /** Every registration read for the event's community (or for the event): only what counts is used. */
  registrations: readonly Registration[];
  /** My site user id (what Author holds). */
  me: number;
  service: Pick<IRegistrationService, 'register' | 'cancel'>;
  /** After a registration or a cancellation: the change to apply to the list (as SharePoint answered). */
  onChanged: (update: (list: readonly Registration[]) => Registration[]) => void;
  now?: () => Date;
}

function standingText(s: Standing): string {
  switch (s.kind) {
    case 'registered':
      return strings.RegistrationRegistered;
    case 'waiting':
      return fill(strings.RegistrationWaiting, s.position);
    case 'closed':
      return strings.RegistrationClosed;
    case 'open':
      if (s.placesLeft === undefined) return '';
      return s.full ? strings.RegistrationFull : plural(strings.RegistrationPlacesLeft, s.placesLeft, s.placesLeft);
  }
}

/** Register, Cancel and my standing for one session: registered, on the waiting list at position N, or closed. */
export const SessionRegistration: React.FC<ISessionRegistrationProps> = ({ event, start, registrations, me, service, onChanged, now }) => {
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const at = (now ?? (() => new Date()))();
  const attendance = deriveAttendance(registrations, event, start);
  const standing = standingOf(attendance, me, event, start, at);
  const mine = myRegistrations(registrations, me, { eventId: event.id, start });
  const text = standingText(standing);
  const actions = React.useRef<HTMLDivElement>(null);
  const act = async (work: () => Promise<(list: readonly Registration[]) => Registration[]>): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await work());
      // The button pressed gave way to its opposite (Register to Cancel): keyboard focus follows it.
      setTimeout(() => actions.current?.querySelector('button')?.focus(), 0);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  const register = (series: boolean): Promise<void> =>
    act(async () => {
      const added = await service.register(event, series ? undefined : start);
      return (list) => [...list, added];
    });
  // Cancelling removes every registration of mine that covers this session (a double registration included).
  const cancel = (): Promise<void> =>
    act(async () => {
      const gone = new Set<number>();
      for (const r of mine) {
        await service.cancel(r);
        gone.add(r.id);
      }
      return (list) => list.filter((r) => !gone.has(r.id));
    });
  const seriesWide = mine.some((r) => r.occurrenceStart === undefined);
  const registerMenu: IContextualMenuItem[] | undefined = event.recurrence
    ? [
        {
          key: 'session',
          text: strings.RegisterThisSession,
          onClick: () => {
            register(false).catch(() => undefined); // register shows its own errors
          },
        },
        {
          key: 'series',
          text: strings.RegisterWholeSeries,
          onClick: () => {
            register(true).catch(() => undefined); // register shows its own errors
          },
        },
      ]
    : undefined;
  return (
    <div className={classes.root}>
      <div ref={actions}>
        <div className={classes.row}>
          {text && (
            <Text role="status" variant="small">
              {text}
            </Text>
          )}
          {standing.kind === 'open' &&
            (registerMenu ? (
              <MenuButton
                kind="primary"
                text={busy ? strings.Registering : standing.full ? strings.JoinWaitingList : strings.Register}
                ariaLabel={fill(standing.full ? strings.JoinWaitingListLabel : strings.RegisterLabel, event.title)}
                disabled={busy}
                items={() => registerMenu}
              />
            ) : (
              <LightButton
                kind="primary"
                text={busy ? strings.Registering : standing.full ? strings.JoinWaitingList : strings.Register}
                ariaLabel={fill(standing.full ? strings.JoinWaitingListLabel : strings.RegisterLabel, event.title)}
                disabled={busy}
                onClick={() => {
                  register(false).catch(() => undefined); // register shows its own errors
                }}
              />
            ))}
          {(standing.kind === 'registered' || standing.kind === 'waiting') && mine.length > 0 && (
            <LightButton
              text={busy ? strings.Cancelling : seriesWide ? strings.CancelSeriesRegistration : strings.CancelRegistration}
              ariaLabel={fill(seriesWide ? strings.CancelSeriesRegistrationLabel : strings.CancelRegistrationLabel, event.title)}
              disabled={busy}
              onClick={() => {
                cancel().catch(() => undefined); // cancel shows its own errors
              }}
            />
          )}
        </div>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
    </div>
  );
};
