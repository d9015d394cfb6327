import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { Standing } from '../../../../domain/membershipRules';
import type { Community, Membership, MembershipStatus } from '../../../../domain/models';
import { community, membership } from '../../../../ui/testing/fakeServices';
import { MembershipAction } from './MembershipAction';

function standing(effective: MembershipStatus, over: Partial<Membership> = {}): Standing {
  return { membership: membership(1, 7, { status: effective, ...over }), effective };
}

function renderAction(
  c: Community,
  s?: Standing,
  more: { busy?: boolean; focusOutcome?: boolean } = {},
): { onJoin: jest.Mock; onPledge: jest.Mock } {
  const onJoin = jest.fn();
  const onPledge = jest.fn();
  render(
    <MembershipAction
      community={c}
      standing={s}
      busy={!!more.busy}
      focusOutcome={!!more.focusOutcome}
      onJoin={onJoin}
      onPledge={onPledge}
    />,
  );
  return { onJoin, onPledge };
}

describe('MembershipAction', () => {
  it('offers Join on a launched or dormant community, naming it', () => {
    const { onJoin } = renderAction(community(1, { title: 'Data and Insight' }));
    fireEvent.click(screen.getByRole('button', { name: 'Join Data and Insight' }));
    expect(onJoin).toHaveBeenCalledTimes(1);
    renderAction(community(2, { title: 'Quiet one', status: 'dormant' }));
    expect(screen.getByRole('button', { name: 'Join Quiet one' })).toBeTruthy();
  });

  it('is disabled and says so while the join is in flight', () => {
    renderAction(community(1, { title: 'Data and Insight' }), undefined, { busy: true });
    const button = screen.getByRole('button', { name: 'Join Data and Insight' }) as HTMLButtonElement;
    expect(button.textContent).toBe('Joining…');
    expect(button.getAttribute('aria-disabled') === 'true' || button.disabled).toBe(true);
  });

  it('offers a pledge, not a join, on a forming community', () => {
    const { onJoin, onPledge } = renderAction(community(1, { title: 'Technicians', status: 'forming' }));
    expect(screen.queryByRole('button', { name: /^Join/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Pledge as a founding member of Technicians' }));
    expect(onPledge).toHaveBeenCalledTimes(1);
    expect(onJoin).not.toHaveBeenCalled();
  });

  it('says where I stand instead of offering anything', () => {
    renderAction(community(1), standing('active', { level: 'core' }));
    expect(screen.getByText("You're a core member")).toBeTruthy();
    renderAction(community(2), standing('pending', { level: 'wider' }));
    expect(screen.getByText('Request pending (wider)')).toBeTruthy();
    renderAction(community(3, { status: 'forming' }), standing('interested'));
    expect(screen.getByText("You've pledged")).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('offers Join again after I left or was declined', () => {
    renderAction(community(1, { title: 'Data and Insight' }), standing('left', { level: 'core' }));
    expect(screen.getByRole('button', { name: 'Join Data and Insight' })).toBeTruthy();
    renderAction(community(2, { title: 'Events Management' }), standing('declined'));
    expect(screen.getByRole('button', { name: 'Join Events Management' })).toBeTruthy();
  });

  it('offers nothing on a proposed or closed community', () => {
    renderAction(community(1, { status: 'closed' }));
    renderAction(community(2, { status: 'proposed' }));
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('moves focus to the outcome once a join from this card lands', () => {
    renderAction(community(1), standing('active'), { focusOutcome: true });
    expect(document.activeElement?.textContent).toBe("You're a wider member");
  });
});
