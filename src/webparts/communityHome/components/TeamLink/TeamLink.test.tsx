import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { community, fakeServices } from '../../../../ui/testing/fakeServices';
import { TeamLink } from './TeamLink';

const GROUP = '0f9c1e44-5a3b-4c2d-9e8f-7a6b5c4d3e2f';
const unlinked = community(1, { title: 'Technicians', status: 'forming' });
const linkedElsewhere = community(2, { title: 'Data and Insight', groupId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' });

describe('TeamLink', () => {
  afterEach(cleanup);

  it('tells staff whom to ask, and offers them nothing to change', async () => {
    const services = fakeServices({ communities: [unlinked] });
    render(<TeamLink groupId={GROUP} communities={services.communities} people={services.people} onLinked={jest.fn()} />);
    expect(await screen.findByText('Ask the POD team to link this team to its community of practice.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Link this team' })).toBeNull();
  });

  it('lets the POD team link a community that has no team yet', async () => {
    const services = fakeServices({ communities: [unlinked, linkedElsewhere], me: { isPodAdmin: true } });
    const onLinked = jest.fn();
    render(<TeamLink groupId={GROUP} communities={services.communities} people={services.people} onLinked={onLinked} />);
    const link = await screen.findByRole('button', { name: 'Link this team' });
    expect((link as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('combobox', { name: /^Community/ }));
    expect(screen.queryByRole('option', { name: 'Data and Insight' })).toBeNull();
    fireEvent.click(await screen.findByRole('option', { name: 'Technicians' }));
    fireEvent.click(link);
    await waitFor(() => expect(onLinked).toHaveBeenCalledWith(expect.objectContaining({ id: 1, groupId: GROUP })));
  });
});
