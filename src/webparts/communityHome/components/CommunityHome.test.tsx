import * as React from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { community, fakeServices } from '../../../ui/testing/fakeServices';
import { fakeQuestions } from '../../../ui/testing/fakeQuestions';
import CommunityHome from './CommunityHome';

const GROUP = '0f9c1e44-5a3b-4c2d-9e8f-7a6b5c4d3e2f';
const here = community(1, {
  title: 'Data and Insight',
  domain: 'Evidence for decisions',
  groupId: GROUP,
  sponsor: { id: 9, displayName: 'Dr Vera Sponsor', email: 'v@cophub.example' },
});

describe('CommunityHome', () => {
  afterEach(cleanup);

  it('opens on the overview (charter and my membership) and loads other sections only when chosen', async () => {
    const services = fakeServices({ communities: [here] });
    const resources = jest.spyOn(services.content, 'resources');
    render(<CommunityHome services={services} communityId={1} />);
    expect(await screen.findByRole('heading', { name: 'Data and Insight' })).toBeTruthy();
    expect(screen.getByText('Evidence for decisions')).toBeTruthy();
    expect(screen.getByText('Dr Vera Sponsor')).toBeTruthy();
    expect(await screen.findByText("You're not a member of this community yet.")).toBeTruthy();
    expect(resources).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('tab', { name: 'Shared repertoire' }));
    expect(await screen.findByRole('heading', { name: 'Shared repertoire' })).toBeTruthy();
    expect(resources).toHaveBeenCalledWith(1);
  });

  it('reads nothing for Questions until its tab is opened, then one page of questions (issue 16)', async () => {
    const questions = fakeQuestions({ id: 7, name: 'Sam Taylor' });
    const services = { ...fakeServices({ communities: [here] }), questions };
    render(<CommunityHome services={services} communityId={1} />);
    expect(await screen.findByText("You're not a member of this community yet.")).toBeTruthy();
    expect(questions.calls).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: 'Questions' }));
    expect(await screen.findByText('No questions yet. Be the first to ask.')).toBeTruthy();
    expect(questions.calls).toEqual(['page']);
  });

  it("shows in the charter the rhythm its series keep, read with the sessions' events, over its own words (issue 17)", async () => {
    const declared = community(1, { title: 'Data and Insight', rhythm: 'Monthly lunch and learn', rhythmDays: 31 });
    const series = {
      id: 5,
      communityId: 1,
      title: 'Insights',
      eventType: 'meeting',
      start: '2026-01-08T14:00:00Z',
      end: '2026-01-08T15:00:00Z',
      timeZone: 'Europe/London',
      recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
      location: 'Teams',
    } as const;
    const services = fakeServices({ communities: [declared], events: [series] });
    const events = jest.spyOn(services.content, 'events');
    render(<CommunityHome services={services} communityId={1} />);
    expect(await screen.findByText(/^Every other Thursday, .* — meeting$/)).toBeTruthy();
    expect(screen.queryByText('Monthly lunch and learn')).toBeNull();
    // The events the sessions read, not a second read for the charter.
    expect(events).toHaveBeenCalledTimes(1);
  });

  it("shows the community's contact and its team, linked only from valid addresses", async () => {
    const team = 'https://teams.microsoft.com/l/team/19%3Adata%40thread.tacv2/conversations?groupId=1';
    const linked = community(1, { title: 'Data and Insight', contactEmail: 'data-cop@cophub.example', teamsUrl: team });
    render(<CommunityHome services={fakeServices({ communities: [linked] })} communityId={1} />);
    const mail = await screen.findByRole('link', { name: 'data-cop@cophub.example' });
    expect(mail.getAttribute('href')).toBe('mailto:data-cop@cophub.example');
    expect(screen.getByRole('link', { name: 'Data and Insight in Microsoft Teams' }).getAttribute('href')).toBe(team);
    cleanup();

    const hostile = community(1, {
      title: 'Data and Insight',
      contactEmail: 'x@y.example?bcc=all@evil.example',
      teamsUrl: 'https://teams.microsoft.com.evil.example/l/team/1',
    });
    render(<CommunityHome services={fakeServices({ communities: [hostile] })} communityId={1} />);
    expect(await screen.findByText('x@y.example?bcc=all@evil.example')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /x@y\.example/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Microsoft Teams/ })).toBeNull();
    expect(document.querySelector('a[href^="mailto:"], a[href*="evil"]')).toBeNull();
  });

  it('after I join, opening the overview again shows my membership, not what the page first read', async () => {
    const services = fakeServices({ communities: [here] });
    render(<CommunityHome services={services} communityId={1} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Join as wider member' }));
    expect(await screen.findByText("You're a wider member of this community.")).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Members' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Overview' }));
    expect(await screen.findByText("You're a wider member of this community.")).toBeTruthy();
  });

  it('finds its community from the team in a Teams tab, in the Teams theme', async () => {
    render(<CommunityHome services={fakeServices({ communities: [here] })} teamGroupId={GROUP} teamsTheme="dark" />);
    const title = await screen.findByRole('heading', { name: 'Data and Insight' });
    // Fluent's ThemeProvider paints its root with the theme's body background.
    const root = title.closest('article')?.parentElement as HTMLElement;
    expect(getComputedStyle(root).backgroundColor).toBe('rgb(31, 31, 31)');
  });

  it('in a team no community has claimed, offers the link instead of failing', async () => {
    render(<CommunityHome services={fakeServices({ communities: [here] })} teamGroupId="11111111-2222-3333-4444-555555555555" />);
    expect(await screen.findByRole('heading', { name: "This team isn't linked to a community yet" })).toBeTruthy();
  });

  it('asks the editor to choose a community when none is set', async () => {
    render(<CommunityHome services={fakeServices()} />);
    // MessageBar renders its text after a tick (for screen readers).
    expect(await screen.findByText("Choose a community in the web part's properties to show its home here.")).toBeTruthy();
  });

  it('opens on the section a notification names (the gardener lands on Members)', async () => {
    render(<CommunityHome services={fakeServices({ communities: [here] })} communityId={1} initialSection="members" />);
    expect(await screen.findByRole('heading', { name: 'Members' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Members' }).getAttribute('aria-selected')).toBe('true');
  });

  it('in the Teams personal app without a deep link, sends people to the directory', async () => {
    render(<CommunityHome services={fakeServices()} personalApp />);
    expect(
      await screen.findByText('Open a community from the Directory tab, or from a CoP Hub notification in your activity feed.'),
    ).toBeTruthy();
  });
});
