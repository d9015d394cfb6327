import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { community, fakeServices, membership } from '../../../../ui/testing/fakeServices';
import { LaunchPanel } from './LaunchPanel';

const technicians = community(7, { title: 'Technicians', status: 'forming', foundingTarget: 8 });
const data = { communities: [technicians] };
/** Pledges are read for the chosen community from its own items, as SharePoint holds them. */
const withPledges = (pledged: number): ReturnType<typeof fakeServices> =>
  fakeServices({
    communities: [technicians],
    others: Array.from({ length: pledged }, (_, i) => membership(7, 100 + i, { status: 'interested', level: 'core' })),
  });

jest.setTimeout(20000);

describe('LaunchPanel', () => {
  it('below the target, says why before anyone clicks, and offers only "launch anyway"', async () => {
    render(<LaunchPanel data={data} services={withPledges(7)} onChanged={jest.fn()} />);
    expect(await screen.findByText(/^Not ready to launch: 7 of 8 founding members have pledged\. You can still launch it/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Launch anyway…' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Launch…' })).toBeNull();
    expect(screen.queryByText('target reached')).toBeNull();
  });

  it('at the target, launches plainly', async () => {
    render(<LaunchPanel data={data} services={withPledges(8)} onChanged={jest.fn()} />);
    expect(await screen.findByText('target reached')).toBeTruthy();
    expect(screen.queryByText(/Not ready to launch/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Launch…' })).toBeTruthy();
  });
});
