import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Resource } from '../../../../domain/models';
import { fakeServices } from '../../../../ui/testing/fakeServices';
import { SharedRepertoire } from './SharedRepertoire';

const grace = { id: 4, displayName: 'Grace Okafor', email: 'grace.okafor@cophub.example' };
const resource = (id: number, over: Partial<Resource>): Resource => ({
  id,
  communityId: 1,
  title: `Resource ${id}`,
  resourceType: 'template',
  url: `https://example.com/${id}`,
  description: '',
  tags: [],
  ...over,
});
const resources = [
  resource(1, { title: 'Open day run sheet', owner: grace, reviewDate: '2026-01-31T00:00:00Z' }),
  resource(2, {
    title: 'Campaign playbook',
    resourceType: 'guide',
    description: 'Planning an open day campaign',
    reviewDate: '2026-12-31T00:00:00Z',
  }),
  resource(3, { title: 'Other community', communityId: 2 }),
];
const now = (): Date => new Date('2026-06-01T00:00:00Z');

// Role queries over Fluent's DOM (a dialog's above all) are slow in jsdom; a busy machine must not fail them.
jest.setTimeout(20_000);

async function renderRepertoire(): Promise<void> {
  render(<SharedRepertoire communityId={1} content={fakeServices({ resources }).content} now={now} />);
  await screen.findAllByRole('list');
}

describe('SharedRepertoire', () => {
  afterEach(cleanup);
  it("groups the community's resources by type, with owner and review date, flagging those due for review", async () => {
    await renderRepertoire();
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Templates (1)', 'Guides (1)']);
    const sheet = screen.getByRole('link', { name: 'Open day run sheet' }).closest('li') as HTMLElement;
    expect(within(sheet).getByText('Due for review')).toBeTruthy();
    expect(sheet.textContent).toContain('Owner: Grace Okafor · Review by');
    const playbook = screen.getByRole('link', { name: 'Campaign playbook' }).closest('li') as HTMLElement;
    expect(within(playbook).queryByText('Due for review')).toBeNull();
    expect(playbook.textContent).toContain('No owner');
    expect(screen.queryByText('Other community')).toBeNull();
  });

  it('searches and filters by type', async () => {
    await renderRepertoire();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search resources' }), { target: { value: 'campaign' } });
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual(['Campaign playbook']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search resources' }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('combobox', { name: /^Type All types/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Template' }));
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual(['Open day run sheet']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search resources' }), { target: { value: 'nothing like this' } });
    expect(screen.getByText('No resources match your search.')).toBeTruthy();
  });

  it('says when there are no resources yet, and adds the first one', async () => {
    const services = fakeServices();
    render(<SharedRepertoire communityId={1} content={services.content} now={now} />);
    expect(await screen.findByText(/No resources yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a resource' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'RAID log' } });
    fireEvent.click(screen.getByRole('combobox', { name: /^Type of resource/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Template' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Link' }), { target: { value: 'https://example.com/raid' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add resource' }));
    expect(
      await screen.findByText(
        "Added \u201cRAID log\u201d. It waits for this community's gardener to approve it; until then only you and the gardeners see it.",
      ),
    ).toBeTruthy();
    const added = (await screen.findByRole('link', { name: 'RAID log' })).closest('li') as HTMLElement;
    expect(within(added).getByText('Waiting for approval')).toBeTruthy();
    expect(services.state.resources.map((r) => [r.title, r.communityId, r.owner?.displayName])).toEqual([['RAID log', 1, 'Sam Taylor']]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a resource' }));
  });

  it('shows an error with a retry when resources cannot be read', async () => {
    render(<SharedRepertoire communityId={1} content={fakeServices({ failWith: new Error('Network down') }).content} />);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('SharedRepertoire: my own resources', () => {
  afterEach(cleanup);
  const mine = (over: Partial<Resource> = {}): Resource =>
    resource(10, {
      title: 'Risk log',
      authorId: 7,
      owner: { id: 7, displayName: 'Sam Taylor', email: 'sam.taylor@cophub.example' },
      approval: 'approved',
      etag: '"1"',
      ...over,
    });
  const theirs = resource(11, { title: "Grace's guide", resourceType: 'guide', authorId: 4, owner: grace, approval: 'approved' });

  async function renderMine(list: Resource[]): Promise<ReturnType<typeof fakeServices>> {
    const services = fakeServices({ resources: list });
    render(<SharedRepertoire communityId={1} content={services.content} myId={7} now={now} />);
    await screen.findAllByRole('list');
    return services;
  }

  it('offers Edit and Remove on mine only, and marks mine waiting for approval', async () => {
    await renderMine([mine({ approval: 'pending' }), theirs]);
    const item = screen.getByRole('link', { name: 'Risk log' }).closest('li') as HTMLElement;
    expect(within(item).getByText('Waiting for approval')).toBeTruthy();
    expect(within(item).getByRole('group', { name: 'Your resource \u201cRisk log\u201d' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit \u201cRisk log\u201d' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove \u201cRisk log\u201d' })).toBeTruthy();
    const other = screen.getByRole('link', { name: "Grace's guide" }).closest('li') as HTMLElement;
    expect(within(other).queryByRole('button')).toBeNull();
    expect(within(other).queryByText('Waiting for approval')).toBeNull();
  });

  it('offers nothing to change when who I am is not known', async () => {
    render(<SharedRepertoire communityId={1} content={fakeServices({ resources: [mine()] }).content} now={now} />);
    await screen.findByRole('link', { name: 'Risk log' });
    expect(screen.queryByRole('button', { name: /Edit|Remove/ })).toBeNull();
  });

  it('edits mine in the same checked form, prefilled; the edit waits for approval and focus returns to its Edit', async () => {
    const services = await renderMine([mine()]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit \u201cRisk log\u201d' }));
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Risk log');
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Check the fields marked below.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Risk log (weekly)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByText(/^Saved your changes to \u201cRisk log \(weekly\)\u201d\. They wait for the gardener's approval/),
    ).toBeTruthy();
    const item = (await screen.findByRole('link', { name: 'Risk log (weekly)' })).closest('li') as HTMLElement;
    expect(within(item).getByText('Waiting for approval')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit \u201cRisk log (weekly)\u201d' })));
    expect(services.state.resources.map((r) => [r.title, r.approval])).toEqual([['Risk log (weekly)', 'pending']]);
  });

  it('a stale edit offers Reload, which reads the repertoire again and closes the form', async () => {
    const services = await renderMine([mine()]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit \u201cRisk log\u201d' }));
    services.state.resources = [mine({ title: 'Risk log (changed elsewhere)', etag: '"2"' })];
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Reload' }));
    expect(await screen.findByRole('link', { name: 'Risk log (changed elsewhere)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });

  it('removes mine after a confirmation naming it; Cancel keeps it and returns focus to Remove', async () => {
    const services = await renderMine([mine(), theirs]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove \u201cRisk log\u201d' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove this resource?' });
    expect(dialog.textContent).toContain('\u201cRisk log\u201d leaves the shared repertoire for everyone.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove \u201cRisk log\u201d' })));
    expect(services.state.resources).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Remove \u201cRisk log\u201d' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Removed \u201cRisk log\u201d from the shared repertoire.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Risk log' })).toBeNull());
    expect(services.state.resources.map((r) => r.title)).toEqual(["Grace's guide"]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a resource' })));
  });

  it('shows Removing while SharePoint works, and a refusal in words inside the dialog', async () => {
    let fail: (e: unknown) => void = () => undefined;
    const services = fakeServices({ resources: [mine()] });
    const content = {
      ...services.content,
      removeResource: () =>
        new Promise<void>((_resolve, reject) => {
          fail = reject;
        }),
    };
    render(<SharedRepertoire communityId={1} content={content} myId={7} now={now} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove \u201cRisk log\u201d' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    const busy = await within(dialog).findByRole('button', { name: 'Removing\u2026' });
    expect((busy as HTMLButtonElement).disabled || busy.getAttribute('aria-disabled') === 'true').toBe(true);
    fail(Object.assign(new Error('Forbidden'), { status: 403 }));
    expect(await within(dialog).findByText(/permission|access/i)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Remove' })).toBeTruthy();
  });
});

describe('SharedRepertoire with a refused address', () => {
  afterEach(cleanup);

  it('shows the title as text, never as an empty link', async () => {
    const services = fakeServices({
      resources: [{ id: 1, communityId: 1, title: 'Old macro', resourceType: 'tool', url: '', description: '', tags: [] }],
    });
    render(<SharedRepertoire communityId={1} content={services.content} />);
    expect(await screen.findByText('Old macro')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Old macro' })).toBeNull();
  });
});
