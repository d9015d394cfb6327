/**
 * Broken data in the directory (threats D1–D5 in tests/security/README.md): the screen shows what it
 * can and says what is wrong, whatever the lists hold. Items are built with the real mappers from
 * the shapes SharePoint returns, so these are the rows a broken list really produces.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import CopDirectory from './CopDirectory';
import { toCommunity, toMembership } from '../../../../data/mappers';
import { memoryUrlState } from '../../../../ui/hooks/urlState';
import { fakeServices, membership } from '../../../../ui/testing/fakeServices';

jest.setTimeout(20_000);

const sam = { Id: 7, Title: 'Sam Taylor', EMail: 'sam.taylor@cophub.example' };
const COMMUNITIES = [
  toCommunity({ Id: 1, Title: 'Events Management', CopStatus: 'launched', JoinPolicy: 'by invitation', PracticeArea: 'Events' }),
  toCommunity({ Id: 2, Title: 'Paused Network', CopStatus: 'paused', JoinPolicy: 'open' }),
  // Only what a list created by hand might hold: no practice area, sponsor, gardeners or rhythm.
  toCommunity({ Id: 3, Title: 'Bare Community', CopStatus: 'launched' }),
  // A sponsor whose account is gone: SharePoint still knows the id, nothing else.
  toCommunity({
    Id: 4,
    Title: 'Data and Insight',
    CopStatus: 'launched',
    JoinPolicy: 'open',
    Sponsor: { Id: 31 },
    Gardeners: [{ Id: 32, Title: '', EMail: '' }],
  }),
];

async function renderDirectory(services = fakeServices({ communities: COMMUNITIES })): Promise<void> {
  render(<CopDirectory title="Communities" services={services} urlState={memoryUrlState()} />);
  await screen.findByRole('list', { name: 'Communities' });
}

const card = (title: string): HTMLElement => screen.getByRole('article', { name: title });

describe('the directory with broken data', () => {
  it('D3 says which communities hold values it does not recognise, and reads them safely', async () => {
    await renderDirectory();
    expect(await screen.findByText(/Events Management \(join policy "by invitation"\); Paused Network \(stage "paused"\)/)).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'Paused Network' })).toBeNull(); // an unknown stage is not shown as public
    fireEvent.click(screen.getByRole('button', { name: 'Join Events Management' }));
    const dialog = await screen.findByRole('dialog', { name: 'Join Events Management' });
    fireEvent.click(within(dialog).getByRole('radio', { name: /Wider member/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Join' }));
    await waitFor(() => expect(within(card('Events Management')).getByText('Request pending (wider)')).toBeTruthy());
  });

  it('D5 shows a community that lacks most fields, saying what is not set', async () => {
    await renderDirectory();
    const bare = card('Bare Community');
    expect(within(bare).getAllByText('Not set yet').length).toBeGreaterThanOrEqual(2);
    expect(within(bare).getByText('None yet')).toBeTruthy();
  });

  it('D2 names a person whose account is gone by what SharePoint still knows', async () => {
    await renderDirectory();
    const data = card('Data and Insight');
    expect(within(data).getByText('User 31')).toBeTruthy();
    expect(within(data).getByText('User 32')).toBeTruthy();
  });

  it('D1 ignores my membership of a community that was deleted, and shows the rest', async () => {
    const orphan = toMembership({
      Id: 50,
      CommunityId: 99,
      Level: 'core',
      MemberStatus: 'active',
      OData__ModerationStatus: 0,
      Author: sam,
    });
    const services = fakeServices({ communities: COMMUNITIES, mine: [orphan], others: [membership(99, 40), membership(4, 41)] });
    await renderDirectory(services);
    expect(await within(card('Data and Insight')).findByText('0 core, 1 wider')).toBeTruthy();
    // Core in a community that no longer exists is no reason to ask me to choose.
    fireEvent.click(within(card('Data and Insight')).getByRole('button', { name: 'Join Data and Insight' }));
    const dialog = await screen.findByRole('dialog', { name: 'Join Data and Insight' });
    expect(within(dialog).queryByText(/already a core member/i)).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Join' }));
    expect(await screen.findByText("You're now a core member of Data and Insight.")).toBeTruthy();
  });
});
