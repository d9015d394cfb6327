import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Resource } from '../../../../domain/models';
import { fakeServices } from '../../../../ui/testing/fakeServices';
import { AddResourceForm } from './AddResourceForm';

// Role queries over Fluent's DOM are slow in jsdom; a busy machine (a parallel build) must not fail them.
jest.setTimeout(20_000);

describe('AddResourceForm', () => {
  afterEach(cleanup);
  it('shows each problem at its field and saves nothing until the input is valid', async () => {
    const services = fakeServices();
    const onSaved = jest.fn();
    render(<AddResourceForm communityId={3} content={services.content} onSaved={onSaved} onCancel={jest.fn()} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Link' }), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add resource' }));
    expect(await screen.findByText('Check the fields marked below.')).toBeTruthy();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Title/), expect.stringMatching(/Link/)]),
    );
    expect(services.state.resources).toHaveLength(0);

    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: '  Event risk assessment  ' } });
    fireEvent.click(screen.getByRole('combobox', { name: /^Type of resource/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'SOP' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Link' }), { target: { value: 'https://example.com/risk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add resource' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(onSaved).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Event risk assessment', resourceType: 'SOP', communityId: 3, url: 'https://example.com/risk' }),
    );
    expect(services.state.resources).toHaveLength(1);
  });

  it('keeps what was typed and says why when saving fails', async () => {
    const content = {
      addResource: jest.fn().mockRejectedValue(Object.assign(new Error('Forbidden'), { status: 403 })),
      updateResource: jest.fn(),
    };
    render(<AddResourceForm communityId={3} content={content} onSaved={jest.fn()} onCancel={jest.fn()} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Guide' } });
    fireEvent.click(screen.getByRole('combobox', { name: /^Type of resource/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Guide' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Link' }), { target: { value: 'https://example.com/g' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add resource' }));
    expect(await screen.findByText(/permission|access/i)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Guide');
  });

  describe('editing one of mine', () => {
    const mine: Resource = {
      id: 5,
      communityId: 3,
      title: 'Risk log',
      resourceType: 'template',
      url: 'https://example.com/risk',
      description: 'Kept weekly',
      tags: [],
      reviewDate: '2027-01-31T00:00:00Z',
      authorId: 7,
      approval: 'approved',
      etag: '"1"',
    };

    it('starts with its values, checks them as adding does, and saves the changes to it', async () => {
      const services = fakeServices({ resources: [mine] });
      const onSaved = jest.fn();
      render(<AddResourceForm communityId={3} content={services.content} resource={mine} onSaved={onSaved} onCancel={jest.fn()} />);
      expect(screen.getByRole('heading', { name: 'Edit resource' })).toBeTruthy();
      expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Risk log');
      expect((screen.getByRole('textbox', { name: 'Link' }) as HTMLInputElement).value).toBe('https://example.com/risk');
      expect((screen.getByLabelText('Review date') as HTMLInputElement).value).toBe('2027-01-31');
      fireEvent.change(screen.getByRole('textbox', { name: 'Link' }), { target: { value: 'javascript:alert(1)' } });
      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
      expect(await screen.findByText('Check the fields marked below.')).toBeTruthy();
      expect(services.state.resources[0].url).toBe('https://example.com/risk');

      fireEvent.change(screen.getByRole('textbox', { name: 'Link' }), { target: { value: 'https://example.com/risk-v2' } });
      fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Risk log (v2)' } });
      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
      await waitFor(() => expect(onSaved).toHaveBeenCalled());
      expect(services.state.resources.map((r) => [r.id, r.title, r.url, r.description, r.approval])).toEqual([
        [5, 'Risk log (v2)', 'https://example.com/risk-v2', 'Kept weekly', 'pending'],
      ]);
    });

    it('changed by someone else meanwhile: says so and offers Reload, not the same write again', async () => {
      const services = fakeServices({ resources: [{ ...mine, etag: '"2"' }] });
      const onReload = jest.fn();
      render(
        <AddResourceForm
          communityId={3}
          content={services.content}
          resource={mine}
          onSaved={jest.fn()}
          onCancel={jest.fn()}
          onReload={onReload}
        />,
      );
      fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Mine wins?' } });
      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Reload' }));
      expect(onReload).toHaveBeenCalled();
      expect(services.state.resources[0].title).toBe('Risk log');
    });
  });
});
