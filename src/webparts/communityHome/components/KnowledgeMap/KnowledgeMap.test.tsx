import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { MemberProfile, Person } from '../../../../domain/models';
import type { HelperCandidate } from '../../../../domain/questionRouting';
import { KnowledgeMap } from './KnowledgeMap';

const person = (id: number, displayName: string): Person => ({ id, displayName, email: `${id}@cophub.example` });
const ann = person(1, 'Ann Member');
const bo = person(2, 'Bo Elsewhere');
const cy = person(3, 'Cy Nowhere');
const di = person(4, 'Di Member');
const profiles: MemberProfile[] = [
  { id: 1, person: ann, canHelpWith: ['SQL'], wantsToLearn: ['Power BI'] },
  { id: 4, person: di, canHelpWith: [], wantsToLearn: ['SQL'] },
];

describe('KnowledgeMap gaps (issue 16)', () => {
  it('a gap offers, when asked, people in other communities who offer the topic, with their communities', async () => {
    const asked: string[][] = [];
    const findHelpers = (topics: readonly string[]): Promise<HelperCandidate[]> => {
      asked.push([...topics]);
      return Promise.resolve([
        { person: bo, canHelpWith: ['Power BI dashboards'], communities: [{ id: 9, title: 'Finance Analysts' }] },
        { person: cy, canHelpWith: ['power bi'], communities: [] },
        // A member here who offers it by now is not "elsewhere".
        { person: ann, canHelpWith: ['Power BI'], communities: [{ id: 5, title: 'Data and Insight' }] },
      ]);
    };
    render(<KnowledgeMap profiles={profiles} communityId={5} findHelpers={findHelpers} />);
    expect(asked).toHaveLength(0); // nothing read until asked
    const table = screen.getByRole('table');
    fireEvent.click(within(table).getByRole('button', { name: 'Who can help elsewhere with Power BI?' }));
    const list = await within(table).findByRole('list', { name: 'People in other communities who offer Power BI' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Cy Nowhere, not in a community yet', 'Bo Elsewhere, in Finance Analysts']);
    expect(asked).toEqual([['Power BI']]);
    // SQL is offered here: not a gap, so no button.
    expect(within(table).queryByRole('button', { name: /SQL\?/ })).toBeNull();
  });

  it('says so when nobody elsewhere offers it, and offers a retry when it cannot be read', async () => {
    const { unmount } = render(<KnowledgeMap profiles={profiles} communityId={5} findHelpers={() => Promise.resolve([])} />);
    fireEvent.click(within(screen.getByRole('table')).getByRole('button', { name: /Power BI\?/ }));
    expect(await within(screen.getByRole('table')).findByText('Nobody elsewhere in the hub offers Power BI yet.')).toBeTruthy();
    unmount();
    render(<KnowledgeMap profiles={profiles} communityId={5} findHelpers={() => Promise.reject(new Error('down'))} />);
    fireEvent.click(within(screen.getByRole('table')).getByRole('button', { name: /Power BI\?/ }));
    expect(await within(screen.getByRole('table')).findByRole('button', { name: /try again/i })).toBeTruthy();
  });

  it('without a way to find helpers, a gap is only marked', () => {
    render(<KnowledgeMap profiles={profiles} />);
    expect(screen.queryByRole('button', { name: /Power BI\?/ })).toBeNull();
  });
});
