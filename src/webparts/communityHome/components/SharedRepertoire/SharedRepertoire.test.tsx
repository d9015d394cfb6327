import * as React from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { Resource } from '../../../../domain/models';
import { fakeServices } from '../../../../ui/testing/fakeServices';
import { SharedRepertoire } from './SharedRepertoire';

const grace = { id: 4, displayName: 'Grace Okafor', email: 'grace.okafor@cophub.example' };
const resource = (id: number, over: Partial<Resource>): Resource => ({
  id, communityId: 1, title: `Resource ${id}`, resourceType: 'template', url: `https://example.com/${id}`, description: '', tags: [], ...over,
});
const resources = [
  resource(1, { title: 'Open day run sheet', owner: grace, reviewDate: '2026-01-31T00:00:00Z' }),
  resource(2, { title: 'Campaign playbook', resourceType: 'guide', description: 'Planning an open day campaign', reviewDate: '2026-12-31T00:00:00Z' }),
  resource(3, { title: 'Other community', communityId: 2 }),
];
const now = (): Date => new Date('2026-06-01T00:00:00Z');

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
    expect(await screen.findByText('Added \u201cRAID log\u201d to the shared repertoire.')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'RAID log' })).toBeTruthy();
    expect(services.state.resources.map((r) => [r.title, r.communityId, r.owner?.displayName])).toEqual([['RAID log', 1, 'Sam Taylor']]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a resource' }));
  });

  it('shows an error with a retry when resources cannot be read', async () => {
    render(<SharedRepertoire communityId={1} content={fakeServices({ failWith: new Error('Network down') }).content} />);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('SharedRepertoire with a refused address', () => {
  afterEach(cleanup);

  it('shows the title as text, never as an empty link', async () => {
    const services = fakeServices({ resources: [{ id: 1, communityId: 1, title: 'Old macro', resourceType: 'tool', url: '', description: '', tags: [] }] });
    render(<SharedRepertoire communityId={1} content={services.content} />);
    expect(await screen.findByText('Old macro')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Old macro' })).toBeNull();
  });
});
