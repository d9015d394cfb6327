import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { PodCommandServices } from '../../../domain/podCommands';
import type { Suggestion } from '../../../domain/models';
import { PodCommandRun } from './PodCommandRun';
import { fakeServices } from '../../testing/fakeServices';

const suggestion = (id: number): Suggestion => ({ id, title: `Idea ${id}`, description: '', practiceArea: '', kind: 'new idea', status: 'new' });

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

jest.setTimeout(20000);

describe('PodCommandRun', () => {
  it('will not decline without a reason', async () => {
    const declined: Array<[number, string]> = [];
    render(<PodCommandRun command="DECLINE_SUGGESTION" itemIds={[1]} services={services(declined)} onClose={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Go ahead' }));
    expect(await screen.findByText('Give a reason first.')).toBeTruthy();
    expect(declined).toEqual([]);
  });

  it('reports each item: done, refused by SharePoint, gone', async () => {
    const declined: Array<[number, string]> = [];
    const onClose = jest.fn();
    render(<PodCommandRun command="DECLINE_SUGGESTION" itemIds={[1, 2, 404]} services={services(declined)} onClose={onClose} />);
    fireEvent.change(screen.getByRole('textbox', { name: /Reason/ }), { target: { value: 'Covered elsewhere' } });
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

  it('offers a recorded reason for a launch, and cancelling changes nothing', () => {
    const onClose = jest.fn();
    render(<PodCommandRun command="LAUNCH_COMMUNITY" itemIds={[5]} services={services([])} onClose={onClose} />);
    expect((screen.getByRole('textbox', { name: /Reason for the launch/ }) as HTMLTextAreaElement).value).toBe('Founding target reached.');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledWith(false);
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
          notifications.emit({ event: 'requestDeclined', sent: [], optedOut: [], undelivered: [{ person: { id: 9, displayName: 'Mei Chen', email: 'mei@x.test' }, reason: 'notInstalled' }] });
          return { ...sug, status: 'declined' };
        },
      } as PodCommandServices['admin'],
    };
    render(<PodCommandRun command="DECLINE_SUGGESTION" itemIds={[1]} services={withFeed} onClose={jest.fn()} />);
    fireEvent.change(screen.getByRole('textbox', { name: /Reason/ }), { target: { value: 'Covered elsewhere' } });
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
    fireEvent.click(screen.getByRole('button', { name: 'Go ahead' }));
    expect(await screen.findByText('2 succeeded, 1 failed.')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent?.slice(0, 14))).toEqual(['DoneIdea 1', 'Not doneIdea 2', 'DoneIdea 3']);
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
