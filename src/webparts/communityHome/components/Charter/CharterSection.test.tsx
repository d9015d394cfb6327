import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CommunityCharter } from '../../../../domain/models';
import { community, fakeServices } from '../../../../ui/testing/fakeServices';
import { CharterSection } from './CharterSection';

const home = community(3, { title: 'Data and Insight', domain: 'Data, as POD wrote it', groundRules: '', rhythm: 'Monthly' });

function renderAs(canEdit: boolean, charters: CommunityCharter[] = []): ReturnType<typeof fakeServices> {
  const fake = fakeServices({ communities: [home], charters });
  render(<CharterSection community={home} communities={fake.communities} canEdit={canEdit} className="" />);
  return fake;
}

const type = (label: RegExp, value: string): void => {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
};

describe("The charter on the community home, kept by the community's gardeners", () => {
  afterEach(cleanup);

  it("shows the gardeners' saved charter over the community's own texts, and offers no edit to anyone else", async () => {
    renderAs(false, [
      {
        id: 1,
        communityId: 3,
        domain: 'Data, as its gardeners say',
        practice: '',
        audience: '',
        groundRules: 'Be kind',
        rhythm: 'Weekly',
        modifiedBy: 'Liam',
      },
    ]);
    expect(await screen.findByText('Data, as its gardeners say')).toBeTruthy();
    expect(screen.getByText('Be kind')).toBeTruthy();
    expect(screen.getByText('Weekly')).toBeTruthy();
    expect(screen.getByText('Last edited by Liam.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit charter' })).toBeNull();
  });

  it('shows the rhythm its series keep in words where it has one (issue 17), its own words only where it has none', async () => {
    const fake = fakeServices({ communities: [home] });
    const { rerender } = render(<CharterSection community={home} communities={fake.communities} canEdit={false} className="" />);
    expect(await screen.findByText('Monthly')).toBeTruthy();
    const series = 'Every other Thursday, 14:00 \u2014 insights session';
    rerender(<CharterSection community={home} communities={fake.communities} canEdit={false} className="" seriesRhythm={series} />);
    expect(screen.getByText(series)).toBeTruthy();
    expect(screen.queryByText('Monthly')).toBeNull();
  });

  it('lets a gardener edit it: problems at their fields first, then saved, shown, and focus back on Edit charter', async () => {
    const fake = renderAs(true);
    expect(await screen.findByText('Data, as POD wrote it')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Edit charter' }));
    const form = await screen.findByRole('form', { name: 'Edit the charter of Data and Insight' });
    type(/^Domain/, '   ');
    type(/^Rhythm/, 'x'.repeat(256));
    fireEvent.click(within(form).getByRole('button', { name: 'Save charter' }));
    expect(await within(form).findByText('Domain is required.')).toBeTruthy();
    expect(within(form).getByText('Rhythm must be 255 characters or fewer (it has 256).')).toBeTruthy();
    expect(fake.state.charters).toHaveLength(0);

    type(/^Domain/, 'Data and what we learn from it');
    type(/^Ground rules/, 'Share what you can; ask anything');
    type(/^Rhythm/, 'Every other Tuesday');
    fireEvent.click(within(form).getByRole('button', { name: 'Save charter' }));
    expect(await screen.findByText('The charter is saved. Everyone sees it now.')).toBeTruthy();
    expect(screen.getByText('Share what you can; ask anything')).toBeTruthy();
    expect(fake.state.charters[0]).toMatchObject({
      communityId: 3,
      domain: 'Data and what we learn from it',
      rhythm: 'Every other Tuesday',
    });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit charter' })));
  });

  it('says someone else saved it meanwhile (412) and Reload shows their version instead of overwriting it', async () => {
    const fake = renderAs(true, [
      { id: 1, communityId: 3, domain: 'First', practice: '', audience: '', groundRules: '', rhythm: '', etag: '"1"' },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit charter' }));
    const form = await screen.findByRole('form', { name: 'Edit the charter of Data and Insight' });
    // Another gardener saves first.
    fake.state.charters = [{ ...fake.state.charters[0], domain: 'Theirs', etag: '"2"' }];
    type(/^Domain/, 'Mine');
    fireEvent.click(within(form).getByRole('button', { name: 'Save charter' }));
    expect(await within(form).findByText(/Someone else changed this since you opened it/)).toBeTruthy();
    expect(fake.state.charters[0].domain).toBe('Theirs');
    fireEvent.click(within(form).getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText('Theirs')).toBeTruthy();
  });

  it('says what went wrong when the charter cannot be read, and tries again', async () => {
    const fake = fakeServices({ communities: [home] });
    let fail = true;
    const communities = {
      ...fake.communities,
      charter: (id: number) => (fail ? Promise.reject(Object.assign(new Error('x'), { status: 503 })) : fake.communities.charter(id)),
    };
    render(<CharterSection community={home} communities={communities} canEdit={false} className="" />);
    const retry = await screen.findByRole('button', { name: /Try again/ });
    fail = false;
    fireEvent.click(retry);
    expect(await screen.findByText('Data, as POD wrote it')).toBeTruthy();
  });
});
