import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import CopDirectory from './CopDirectory';
import type { Community, Membership } from '../../../../domain/models';
import { memoryUrlState } from '../../../../ui/hooks/urlState';
import { community, fakeServices, membership, type FakeServices } from '../../../../ui/testing/fakeServices';

// Role queries over Fluent's DOM are slow in jsdom; a busy machine (a parallel build) must not fail them.
jest.setTimeout(20_000);

const sam = { id: 7, displayName: 'Sam Taylor', email: 'sam.taylor@cophub.example' };
const DEMO: Community[] = [
  community(1, { title: 'Student Recruitment' }),
  community(2, { title: 'Data and Insight' }),
  community(3, { title: 'Events Management', joinPolicy: 'approval' }),
  community(4, { title: 'Widening Participation', status: 'forming', foundingTarget: 6 }),
];
const mine = (communityId: number, over: Partial<Membership> = {}): Membership => ({
  ...membership(communityId, sam.id),
  member: sam,
  ...over,
});

async function renderDirectory(services: FakeServices): Promise<void> {
  render(<CopDirectory title="Communities" services={services} urlState={memoryUrlState()} />);
  await screen.findByRole('list', { name: 'Communities' });
}

const card = (title: string): HTMLElement => screen.getByRole('article', { name: title });

/** Fluent animates a dialog out; until then the page behind it is hidden from assistive technology. */
async function outcome(text: string): Promise<void> {
  await screen.findByText(text);
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

describe('joining a community', () => {
  it('joins as a core member from a Join button that names its community', async () => {
    const services = fakeServices({ communities: DEMO, others: [membership(2, 30, { level: 'core' })] });
    await renderDirectory(services);
    expect(await within(card('Data and Insight')).findByText('1 core, 0 wider')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Join Data and Insight' }));
    const dialog = await screen.findByRole('dialog', { name: 'Join Data and Insight' });
    expect(within(dialog).getByText(/One core community at a time is recommended/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Core member' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Join' }));

    await outcome("You're now a core member of Data and Insight.");
    const shown = within(card('Data and Insight')).getByText("You're a core member");
    await waitFor(() => expect(document.activeElement).toBe(shown.closest('[tabindex="-1"]')));
    expect(within(card('Data and Insight')).getByText('2 core, 0 wider')).toBeTruthy();
    expect(services.state.mine).toEqual([expect.objectContaining({ communityId: 2, level: 'core', status: 'active' })]);
  });

  it('says a request is pending where the gardeners approve members', async () => {
    await renderDirectory(fakeServices({ communities: DEMO }));
    fireEvent.click(screen.getByRole('button', { name: 'Join Events Management' }));
    const dialog = await screen.findByRole('dialog', { name: 'Join Events Management' });
    expect(within(dialog).getByText(/gardeners welcome each new member/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Wider member' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Join' }));
    await outcome("You've asked to join Events Management as a wider member. Its gardeners will confirm your request.");
    expect(within(card('Events Management')).getByText('Request pending (wider)')).toBeTruthy();
  });

  it('offers the one-core choice when I am core elsewhere, and joins as wider when I choose that', async () => {
    const services = fakeServices({ communities: DEMO, mine: [mine(1, { level: 'core' })] });
    await renderDirectory(services);
    fireEvent.click(screen.getByRole('button', { name: 'Join Data and Insight' }));
    let dialog = await screen.findByRole('dialog', { name: 'Join Data and Insight' });
    expect(within(dialog).getByText(/already a core member of Student Recruitment/)).toBeTruthy();
    expect((within(dialog).getByRole('radio', { name: 'Wider member' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Core member' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Join' }));
    dialog = await screen.findByRole('dialog', { name: "You're already a core member elsewhere" });
    expect(within(dialog).getByText(/You're a core member of Student Recruitment/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Join as a wider member' }));

    await outcome("You're now a wider member of Data and Insight.");
    expect(within(card('Student Recruitment')).getByText("You're a core member")).toBeTruthy();
    expect(within(card('Data and Insight')).getByText("You're a wider member")).toBeTruthy();
  });

  it('moves my core membership here when I choose that, keeping the old community as wider', async () => {
    const services = fakeServices({ communities: DEMO, mine: [mine(1, { level: 'core' })] });
    await renderDirectory(services);
    fireEvent.click(screen.getByRole('button', { name: 'Join Data and Insight' }));
    let dialog = await screen.findByRole('dialog', { name: 'Join Data and Insight' });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Core member' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Join' }));
    dialog = await screen.findByRole('dialog', { name: "You're already a core member elsewhere" });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move my core membership here' }));

    await outcome("You're now a core member of Data and Insight, and a wider member of Student Recruitment.");
    expect(within(card('Student Recruitment')).getByText("You're a wider member")).toBeTruthy();
    expect(within(card('Data and Insight')).getByText("You're a core member")).toBeTruthy();
  });

  it('never sends a join twice: the dialog buttons are disabled while it is in flight', async () => {
    const services = fakeServices({ communities: DEMO });
    let finish: () => void = () => undefined;
    const join = services.memberships.join;
    let calls = 0;
    services.memberships.join = (c, level, move) => {
      calls++;
      return new Promise((resolve, reject) => {
        finish = () => join(c, level, move).then(resolve, reject);
      });
    };
    await renderDirectory(services);
    fireEvent.click(screen.getByRole('button', { name: 'Join Data and Insight' }));
    const dialog = await screen.findByRole('dialog', { name: 'Join Data and Insight' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Join' }));
    const sending = within(dialog).getByRole('button', { name: 'Joining…' });
    expect(sending.hasAttribute('disabled') || sending.getAttribute('aria-disabled') === 'true').toBe(true);
    fireEvent.click(sending);
    expect(calls).toBe(1);
    finish();
    expect(await screen.findByText("You're now a core member of Data and Insight.")).toBeTruthy();
  });

  it('keeps the dialog open with a clear message when the join fails', async () => {
    const services = fakeServices({ communities: DEMO });
    services.memberships.join = () => Promise.reject(Object.assign(new Error('denied'), { status: 403 }));
    await renderDirectory(services);
    fireEvent.click(screen.getByRole('button', { name: 'Join Data and Insight' }));
    const dialog = await screen.findByRole('dialog', { name: 'Join Data and Insight' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Join' }));
    expect(await within(dialog).findByText(/You don't have permission/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Join' }).hasAttribute('disabled')).toBe(false);
  });
});

describe('pledging as a founding member', () => {
  it('shows progress toward the founding target and moves it when I pledge', async () => {
    const others = [30, 31, 32, 33, 34].map((id) => membership(4, id, { status: 'interested', level: 'core', approval: 'pending' }));
    const services = fakeServices({ communities: DEMO, others });
    await renderDirectory(services);
    const bar = await screen.findByRole('progressbar', { name: 'Founding members of Widening Participation' });
    expect(bar.getAttribute('aria-valuetext')).toBe('5 of 6 founding members');
    expect(screen.queryByRole('button', { name: /^Join Widening Participation/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Pledge as a founding member of Widening Participation' }));
    expect(await screen.findByText('Thank you for pledging to help found Widening Participation.')).toBeTruthy();
    expect(within(card('Widening Participation')).getByText("You've pledged")).toBeTruthy();
    expect(within(card('Widening Participation')).getByText(/Target reached: 6 of 6/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Pledge as a founding member/ })).toBeNull();
  });

  it('says so when a pledge fails, and lets me try again', async () => {
    const services = fakeServices({ communities: DEMO });
    const pledge = services.memberships.pledge;
    let calls = 0;
    services.memberships.pledge = (c) => (++calls === 1 ? Promise.reject(Object.assign(new Error('x'), { status: 429 })) : pledge(c));
    await renderDirectory(services);
    fireEvent.click(screen.getByRole('button', { name: 'Pledge as a founding member of Widening Participation' }));
    expect(await screen.findByText(/Your pledge to Widening Participation wasn't saved. SharePoint is busy/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pledge as a founding member of Widening Participation' }));
    expect(await screen.findByText("You've pledged")).toBeTruthy();
  });
});

describe('changing my mind', () => {
  it('withdraws a pending request from the card, and undoes it', async () => {
    const services = fakeServices({ communities: DEMO, mine: [mine(3, { level: 'wider', status: 'pending', approval: 'pending' })] });
    await renderDirectory(services);
    expect(within(card('Events Management')).getByText('Request pending (wider)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw request to join Events Management' }));
    expect(await screen.findByText('You withdrew your request to join Events Management.')).toBeTruthy();
    expect(services.state.mine).toEqual([expect.objectContaining({ communityId: 3, status: 'left' })]);
    expect(await within(card('Events Management')).findByRole('button', { name: 'Join Events Management' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Undo: ask again to join Events Management' }));
    expect(await within(card('Events Management')).findByText('Request pending (wider)')).toBeTruthy();
    expect(services.state.mine).toEqual([expect.objectContaining({ communityId: 3, level: 'wider', status: 'pending' })]);
  });

  it('asks once before withdrawing a pledge; keeping it changes nothing, withdrawing can be undone', async () => {
    const services = fakeServices({ communities: DEMO, mine: [mine(4, { level: 'core', status: 'interested', approval: 'pending' })] });
    await renderDirectory(services);
    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw pledge to help found Widening Participation' }));
    const confirm = within(card('Widening Participation')).getByRole('group', {
      name: 'Withdraw pledge to help found Widening Participation',
    });
    expect(confirm.textContent).toContain('Widening Participation will have one founding member fewer.');
    // Focus goes to the safe choice.
    await waitFor(() => expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep my pledge' })));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep my pledge' }));
    expect(services.state.mine).toEqual([expect.objectContaining({ communityId: 4, status: 'interested' })]);

    fireEvent.click(screen.getByRole('button', { name: 'Withdraw pledge to help found Widening Participation' }));
    fireEvent.click(within(card('Widening Participation')).getByRole('button', { name: 'Withdraw' }));
    expect(await screen.findByText('You withdrew your pledge to help found Widening Participation.')).toBeTruthy();
    expect(services.state.mine).toEqual([expect.objectContaining({ communityId: 4, status: 'left' })]);
    expect(await screen.findByRole('button', { name: 'Pledge as a founding member of Widening Participation' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Undo: pledge again to help found Widening Participation' }));
    expect(await within(card('Widening Participation')).findByText("You've pledged")).toBeTruthy();
  });

  it("offers no withdrawal for an active membership (leaving is the community page's)", async () => {
    await renderDirectory(fakeServices({ communities: DEMO, mine: [mine(1, { level: 'wider', status: 'active' })] }));
    expect(within(card('Student Recruitment')).queryByRole('button', { name: /Withdraw/ })).toBeNull();
  });

  it('says so when a withdrawal fails, and keeps the request', async () => {
    const services = fakeServices({ communities: DEMO, mine: [mine(3, { level: 'wider', status: 'pending', approval: 'pending' })] });
    services.memberships.leave = () => Promise.reject(Object.assign(new Error('x'), { status: 503 }));
    await renderDirectory(services);
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw request to join Events Management' }));
    expect(await screen.findByText(/That wasn't withdrawn from Events Management\./)).toBeTruthy();
    expect(within(card('Events Management')).getByText('Request pending (wider)')).toBeTruthy();
  });
});
