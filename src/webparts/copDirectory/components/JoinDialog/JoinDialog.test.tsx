import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { Community } from '../../../../domain/models';
import { community } from '../../../../ui/testing/fakeServices';
import type { JoinStep } from '../../hooks/useMembershipActions';
import { JoinDialog } from './JoinDialog';
import type { IJoinDialogProps } from './IJoinDialogProps';

// Fluent's Dialog renders in a layer; role queries over it are slow in jsdom.
jest.setTimeout(20_000);

const data = community(1, { title: 'Data and Insight' });
const events = community(2, { title: 'Events Management', joinPolicy: 'approval' });

function open(step: JoinStep, more: Partial<IJoinDialogProps> = {}): { onJoin: jest.Mock; onDismiss: jest.Mock } {
  const onJoin = jest.fn();
  const onDismiss = jest.fn();
  render(<JoinDialog step={step} busy={false} onJoin={onJoin} onDismiss={onDismiss} {...more} />);
  return { onJoin, onDismiss };
}
const radio = (name: string): HTMLInputElement => screen.getByRole('radio', { name }) as HTMLInputElement;
const choose = (c: Community): JoinStep => ({ stage: 'choose', community: c });

describe('JoinDialog', () => {
  it('starts on core when I am core nowhere, and joins at the level chosen', async () => {
    const { onJoin } = open(choose(data));
    await screen.findByRole('dialog', { name: 'Join Data and Insight' });
    expect(radio('Core member').checked).toBe(true);
    fireEvent.click(radio('Wider member'));
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(onJoin).toHaveBeenCalledWith('wider');
  });

  it('starts on wider when I am core elsewhere, and says where in plain words', async () => {
    open(choose(events), { currentCore: data });
    await screen.findByRole('dialog', { name: 'Join Events Management' });
    expect(radio('Wider member').checked).toBe(true);
    expect(
      screen.getByText("You're already a core member of Data and Insight, so you may want to join this one as a wider member."),
    ).toBeTruthy();
  });

  it('says what is true while that core membership is still a request', async () => {
    open(choose(events), { currentCore: data, currentCorePending: true });
    await screen.findByRole('dialog', { name: 'Join Events Management' });
    expect(
      screen.getByText("You've asked to be a core member of Data and Insight, so you may want to join this one as a wider member."),
    ).toBeTruthy();
    expect(screen.queryByText(/already a core member/)).toBeNull();
  });

  it('offers the one-core choice for a core request too, in its own words', async () => {
    open({ stage: 'coreChoice', community: events, currentCore: data, currentCorePending: true });
    await screen.findByRole('dialog', { name: "You've asked to be a core member elsewhere" });
    expect(screen.getByText(/^You've asked to be a core member of Data and Insight\./)).toBeTruthy();
  });

  it('says a request waits for the gardeners where they approve members', async () => {
    open(choose(events));
    await screen.findByRole('dialog', { name: 'Join Events Management' });
    expect(screen.getByText(/gardeners welcome each new member/)).toBeTruthy();
  });

  it('offers the one-core choice: wider here, or move my core membership here', async () => {
    const { onJoin } = open({ stage: 'coreChoice', community: events, currentCore: data });
    await screen.findByRole('dialog', { name: "You're already a core member elsewhere" });
    fireEvent.click(screen.getByRole('button', { name: 'Join as a wider member' }));
    expect(onJoin).toHaveBeenLastCalledWith('wider');
    fireEvent.click(screen.getByRole('button', { name: 'Move my core membership here' }));
    expect(onJoin).toHaveBeenLastCalledWith('core', true);
  });

  it('shows what went wrong inside the dialog and disables every button while busy', async () => {
    open(choose(data), { busy: true, error: 'The join did not go through.' });
    // While busy the dialog blocks (an alertdialog), so a stray click can't close it mid-join.
    await screen.findByRole('alertdialog', { name: 'Join Data and Insight' });
    expect(screen.getByText('The join did not go through.')).toBeTruthy();
    for (const name of ['Joining…', 'Cancel']) {
      const button = screen.getByRole('button', { name }) as HTMLButtonElement;
      expect(button.disabled || button.getAttribute('aria-disabled') === 'true').toBe(true);
    }
  });

  it('is closed without a step', () => {
    open(undefined as unknown as JoinStep);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('pledging while core elsewhere asks what launch should do, wider here by default or core here', async () => {
    const onPledge = jest.fn();
    open({ stage: 'pledgeChoice', community: events, currentCore: data }, { onPledge });
    await screen.findByRole('dialog', { name: 'Pledge to found Events Management' });
    expect(
      screen.getByText(/You're a core member of Data and Insight\. Founders become core members when Events Management launches/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pledge, and be a wider member when it launches' }));
    expect(onPledge).toHaveBeenLastCalledWith('widerHere');
    fireEvent.click(screen.getByRole('button', { name: 'Pledge, and make it my core community' }));
    expect(onPledge).toHaveBeenLastCalledWith('moveCore');
  });
});
