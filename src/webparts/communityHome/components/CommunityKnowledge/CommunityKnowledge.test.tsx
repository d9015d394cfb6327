import * as React from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { MemberProfile, Person } from '../../../../domain/models';
import { community, fakeServices, membership } from '../../../../ui/testing/fakeServices';
import { CommunityKnowledge } from './CommunityKnowledge';

const person = (id: number, displayName: string): Person => ({ id, displayName, email: `p${id}@cophub.example` });
const gardener = person(1, 'Grace Gardener');
const ada = person(2, 'Ada Lovelace');
const ben = person(3, 'Ben Okafor');
const gone = person(4, 'Former Member');
const profile = (p: Person, canHelpWith: string[], wantsToLearn: string[], practiceArea?: string): MemberProfile => ({
  id: p.id + 100,
  person: p,
  canHelpWith,
  wantsToLearn,
  practiceArea,
});

const here = community(1, { title: 'Data and Insight', gardeners: [gardener] });
const data = {
  communities: [here],
  me: { id: 7, department: 'Data and Insight' },
  others: [
    membership(1, 2, { member: ada }),
    membership(1, 3, { member: ben, level: 'core' }),
    membership(1, 4, { member: gone, status: 'left' }),
  ],
  profiles: [
    profile(gardener, ['Facilitation'], [], 'Data and Insight'),
    profile(ada, ['Power BI'], ['Survey design'], 'Data and Insight'),
    profile(ben, [], ['Power BI', 'Accessibility'], 'Communications'),
    // Left the community: not part of its map.
    profile(gone, ['Accessibility'], []),
  ],
};

function renderKnowledge(services = fakeServices(data)): void {
  render(<CommunityKnowledge community={here} memberships={services.memberships} content={services.content} people={services.people} />);
}

describe('CommunityKnowledge', () => {
  afterEach(cleanup);

  it('finds a colleague who can help with a topic, and who wants to learn one', async () => {
    renderKnowledge();
    const topic = await screen.findByRole('searchbox', { name: 'Topic' });
    expect(screen.getByText('Type a topic to find colleagues.')).toBeTruthy();
    fireEvent.change(topic, { target: { value: 'power' } });
    const results = screen.getByRole('list', { name: 'Find colleagues' });
    expect(
      within(results)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ada Lovelace Matched: Power BI']);

    fireEvent.click(screen.getByRole('combobox', { name: /^Find colleagues who/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'want to learn' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Topic' }), { target: { value: 'astrology' } });
    expect(screen.getByText('Nobody in this community matches yet.')).toBeTruthy();
  });

  it('finds members in my practice area (from my directory department when I have no profile)', async () => {
    renderKnowledge();
    fireEvent.click(await screen.findByRole('combobox', { name: /^Find colleagues who/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'work in my practice area' }));
    const results = screen.getByRole('list', { name: 'Find colleagues' });
    expect(
      within(results)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.split(' Matched')[0]),
    ).toEqual(['Ada Lovelace', 'Grace Gardener']);
  });

  it('maps what active members offer against what they want, with the gaps first', async () => {
    renderKnowledge();
    const table = await screen.findByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole(/cell|rowheader/)
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['Accessibility Gap: nobody here offers this yet', '—', 'Ben Okafor'],
      ['Survey design Gap: nobody here offers this yet', '—', 'Ada Lovelace'],
      ['Power BI', 'Ada Lovelace', 'Ben Okafor'],
      ['Facilitation', 'Grace Gardener', '—'],
    ]);
    expect(screen.getByText('Gaps: Accessibility, Survey design')).toBeTruthy();
  });

  it('says so when nobody has filled in a profile', async () => {
    renderKnowledge(fakeServices({ ...data, profiles: [] }));
    expect(await screen.findByText('No member has said what they can help with or want to learn yet.')).toBeTruthy();
  });

  it('shows an error with a retry when the profiles cannot be read', async () => {
    renderKnowledge(fakeServices({ ...data, failWith: Object.assign(new Error('boom'), { status: 500 }) }));
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
