import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { PodCommandServices } from '../../../domain/podCommands';
import type { Community, Suggestion } from '../../../domain/models';
import { PodCommandRun } from './PodCommandRun';
import { fakeServices } from '../../testing/fakeServices';

const suggestion = (id: number): Suggestion => ({
  id,
  title: `Idea ${id}`,
  description: '',
  practiceArea: '',
  kind: 'new idea',
  status: 'new',
});

function services(declined: Array<[number, string]>): PodCommandServices {
  return {
    admin: {
      suggestion: async (id: number) => (id === 404 ? undefined : suggestion(id)),
      declineSuggestion: async (s: Suggestion, reason: string) => {
        if (s.id === 2) throw Object.assign(new Error('Access denied'), { status: 403 });
        declined.push([s.id, reason]);
        return { ...s, status: 'declined' };
      },
    },
  } as unknown as PodCommandServices;
}

const community = (id: number, status: Community['status'], foundingTarget: number, extra: Partial<Community> = {}): Community => ({
  id,
  title: 'Data Science',
  practiceArea: '',
  status,
  domain: '',
  practice: '',
  audience: '',
  gardeners: [],
  joinPolicy: 'approval',
  rhythm: '',
  groundRules: '',
  tags: [],
  foundingTarget,
  ...extra,
});

/** A forming community with a target of 8 and `pledged` pledges; launches are recorded with their reason. */
function launching(launched: Array<[number, string]>, pledged: number, extra: Partial<Community> = {}): PodCommandServices {
  return {
    admin: {
      launch: async (c: Community, reason: string) => {
        launched.push([c.id, reason]);
        return { community: { ...c, status: 'launched' }, founders: [{ id: 1, label: 'a', ok: true }], members: [] };
      },
    },
    communities: { get: async (id: number) => community(id, 'forming', 8, extra) },
    memberships: { counts: async (cs: Community[]) => Object.fromEntries(cs.map((c) => [c.id, { core: 0, wider: 0, pledged }])) },
  } as unknown as PodCommandServices;
}

/** The confirmation has named its items (the command can't run before). */
const named = (): Promise<HTMLElement> => screen.findByRole('list', { name: 'What this acts on' });

jest.setTimeout(20000);

describe('PodCommandRun', () => {
  it('will not decline without a reason', async () => {
    const declined: Array<[number, string]> = [];
    render(<PodCommandRun command="DECLINE_SUGGESTION" itemIds={[1]} services={services(declined)} onClose={jest.fn()} />);
    await named();
    fireEvent.click(screen.getByRole('button', { name: 'Go ahead' }));
    expect(await screen.findByText('Give a reason first.')).toBeTruthy();
    expect(declined).toEqual([]);
  });

  it('reports each item: done, refused by SharePoint, gone', async () => {
    const declined: Array<[number, string]> = [];
    const onClose = jest.fn();
    render(<PodCommandRun command="DECLINE_SUGGESTION" itemIds={[1, 2, 404]} services={services(declined)} onClose={onClose} />);
    fireEvent.change(screen.getByRole('textbox', { name: /Reason/ }), { target: { value: 'Covered elsewhere' } });
    await named();
    fireEvent.click(screen.getByRole('button', { name: 'Go ahead' }));
    expect(await screen.findByText('1 succeeded, 2 failed.')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'DoneIdea 1',
      "Not doneIdea 2 — SharePoint refused: you don't have permission to do this.",
      'Not done#404 — It no longer exists; it may have been deleted.',
    ]);
    expect(declined).toEqual([[1, 'Covered elsewhere']]);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledWith(true);
  });

  it('names what it acts on before anyone confirms: the first five, then a count', async () => {
    render(<PodCommandRun command="DECLINE_SUGGESTION" itemIds={[1, 2, 3, 4, 5, 6, 7]} services={services([])} onClose={jest.fn()} />);
    expect(await screen.findByText('Decline these 7 suggestions:')).toBeTruthy();
    const named = screen.getByRole('list', { name: 'What this acts on' });
    expect([...named.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Idea 1',
      'Idea 2',
      'Idea 3',
      'Idea 4',
      'Idea 5',
      'and 2 more',
    ]);
  });

  it('names the person and the community of a request', async () => {
    const request = {
      id: 8,
      title: 'Request 8',
      communityId: 3,
      member: { id: 4, displayName: 'Ada Lovelace', email: 'ada@x.test' },
      level: 'core',
      status: 'pending',
      approval: 'pending',
    };
    const withRequest = {
      admin: { membership: async () => request },
      communities: { get: async () => community(3, 'forming', 8) },
    } as unknown as PodCommandServices;
    render(<PodCommandRun command="APPROVE_REQUESTS" itemIds={[8]} services={withRequest} onClose={jest.fn()} />);
    expect(await screen.findByText('Approve this request to join:')).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe('Ada Lovelace, core member of Data Science');
  });

  it('offers "Founding target reached." as the reason only when it is true, and cancelling changes nothing', async () => {
    const onClose = jest.fn();
    render(<PodCommandRun command="LAUNCH_COMMUNITY" itemIds={[3]} services={launching([], 8)} onClose={onClose} />);
    expect(await screen.findByText('Data Science: 8 of 8 founding members have pledged')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Reason for the launch/ }) as HTMLTextAreaElement).value).toBe('Founding target reached.');
    expect(screen.getByRole('button', { name: 'Go ahead' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledWith(false);
  });

  it('below the target, says so and launches only "anyway", with a reason the person gives', async () => {
    const launched: Array<[number, string]> = [];
    render(<PodCommandRun command="LAUNCH_COMMUNITY" itemIds={[3]} services={launching(launched, 7)} onClose={jest.fn()} />);
    expect(await screen.findByText('Data Science: 7 of 8 founding members have pledged')).toBeTruthy();
    // The readiness is read beside the targets, so it may show a moment after them.
    expect(await screen.findByText(/Below its founding target/)).toBeTruthy();
    const reason = screen.getByRole('textbox', { name: /Reason for launching below the founding target/ }) as HTMLTextAreaElement;
    expect(reason.value).toBe('');
    expect(screen.queryByRole('button', { name: 'Go ahead' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Launch anyway' }));
    expect(await screen.findByText('Give a reason first.')).toBeTruthy();
    expect(launched).toEqual([]);
    fireEvent.change(reason, { target: { value: 'The sponsor wants to start this term' } });
    fireEvent.click(screen.getByRole('button', { name: 'Launch anyway' }));
    expect(await screen.findByText('1 succeeded, 0 failed.')).toBeTruthy();
    expect(launched).toEqual([[3, 'The sponsor wants to start this term']]);
    expect(screen.getByText(/Launched; its 1 founding member is now a core member\./)).toBeTruthy();
  });

  it('says before anyone confirms that a community has no gardener and no linked team, and launches only when told to', async () => {
    const launched: Array<[number, string]> = [];
    render(<PodCommandRun command="LAUNCH_COMMUNITY" itemIds={[3]} services={launching(launched, 8)} onClose={jest.fn()} />);
    const gaps = await screen.findByRole('list', { name: 'What it would launch without' });
    expect(Array.from(gaps.querySelectorAll('li'), (li) => li.textContent)).toEqual([
      'Data Science has no gardener: nobody will welcome its members or decide their requests until one is added.',
      "Data Science has no linked team: its founders won't be added to a team until one is linked (POD console, Launch).",
    ]);
    expect(launched).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Go ahead' }));
    expect(await screen.findByText('1 succeeded, 0 failed.')).toBeTruthy();
    expect(launched).toEqual([[3, 'Founding target reached.']]);
  });

  it('says nothing is missing when the community has a gardener and a team', async () => {
    render(
      <PodCommandRun
        command="LAUNCH_COMMUNITY"
        itemIds={[3]}
        services={launching([], 8, { gardeners: [{ id: 2, displayName: 'Gill', email: 'gill@x.test' }], groupId: 'g-1' })}
        onClose={jest.fn()}
      />,
    );
    await named();
    expect(screen.queryByRole('list', { name: 'What it would launch without' })).toBeNull();
    expect(screen.queryByText(/has no gardener|has no linked team/)).toBeNull();
  });

  it('names who was not told in Teams while the command ran, beside the results', async () => {
    const { notifications } = fakeServices();
    const base = services([]);
    const withFeed: PodCommandServices = {
      ...base,
      notifications,
      admin: {
        ...base.admin,
        declineSuggestion: async (sug: Suggestion) => {
          notifications.emit({
            event: 'requestDeclined',
            sent: [],
            optedOut: [],
            undelivered: [{ person: { id: 9, displayName: 'Mei Chen', email: 'mei@x.test' }, reason: 'notInstalled' }],
          });
          return { ...sug, status: 'declined' };
        },
      } as PodCommandServices['admin'],
    };
    render(<PodCommandRun command="DECLINE_SUGGESTION" itemIds={[1]} services={withFeed} onClose={jest.fn()} />);
    fireEvent.change(screen.getByRole('textbox', { name: /Reason/ }), { target: { value: 'Covered elsewhere' } });
    await named();
    fireEvent.click(screen.getByRole('button', { name: 'Go ahead' }));
    expect(await screen.findByText('1 succeeded, 0 failed.')).toBeTruthy();
    expect(await screen.findByText("Saved. We couldn't notify Mei Chen in Teams.")).toBeTruthy();
  });

  it('tries again only what was not done, and then reports every item', async () => {
    const declined: number[] = [];
    let busy = true;
    const flaky = {
      admin: {
        suggestion: async (id: number) => suggestion(id),
        declineSuggestion: async (s: Suggestion) => {
          if (s.id === 2 && busy) throw Object.assign(new Error('[503] busy'), { status: 503 });
          declined.push(s.id);
          return { ...s, status: 'declined' };
        },
      },
    } as unknown as PodCommandServices;
    const onClose = jest.fn();
    render(<PodCommandRun command="DECLINE_SUGGESTION" itemIds={[1, 2, 3]} services={flaky} onClose={onClose} />);
    fireEvent.change(screen.getByRole('textbox', { name: /Reason/ }), { target: { value: 'Covered elsewhere' } });
    await named();
    fireEvent.click(screen.getByRole('button', { name: 'Go ahead' }));
    expect(await screen.findByText('2 succeeded, 1 failed.')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent?.slice(0, 14))).toEqual([
      'DoneIdea 1',
      'Not doneIdea 2',
      'DoneIdea 3',
    ]);
    busy = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again for the 1 not done' }));
    expect(await screen.findByText('3 succeeded, 0 failed.')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['DoneIdea 1', 'DoneIdea 2', 'DoneIdea 3']);
    expect(declined).toEqual([1, 3, 2]);
    expect(screen.queryByRole('button', { name: /Try again/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledWith(true);
  });
});
