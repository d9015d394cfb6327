import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import CopDirectory from './CopDirectory';
import { community, fakeServices } from '../../../ui/testing/fakeServices';

describe('CopDirectory', () => {
  it('lists the communities once loaded', async () => {
    render(<CopDirectory title="Communities" services={fakeServices({ communities: [community(1, { title: 'Data and Insight' })] })} />);
    expect(await screen.findByText('Data and Insight')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Communities' })).toBeTruthy();
  });

  it('says when there are no communities yet', async () => {
    render(<CopDirectory title="" services={fakeServices()} />);
    expect(await screen.findByText('No communities yet')).toBeTruthy();
  });

  it('says setup is needed, naming the missing lists, instead of crashing', async () => {
    const services = fakeServices({ setup: { ready: false, missingLists: ['Memberships'], missingFields: [] } });
    render(<CopDirectory title="" services={services} />);
    expect(await screen.findByText(/Setup needed/)).toBeTruthy();
    expect(screen.getByText(/Memberships/)).toBeTruthy();
  });

  it('shows a clear error with a retry that loads again', async () => {
    const failing = fakeServices({ failWith: Object.assign(new Error('boom'), { status: 503 }) });
    let calls = 0;
    const check = failing.setup.check;
    failing.setup.check = () => (++calls === 1 ? check() : Promise.resolve({ ready: true, missingLists: [], missingFields: [] }));
    failing.communities.all = () => Promise.resolve([community(2, { title: 'Events Management' })]);
    render(<CopDirectory title="" services={failing} />);
    expect(await screen.findByText(/SharePoint is busy/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Events Management')).toBeTruthy();
  });
});
