import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeServices } from '../../../../ui/testing/fakeServices';
import { AddResourceForm } from './AddResourceForm';

// Role queries over Fluent's DOM are slow in jsdom; a busy machine (a parallel build) must not fail them.
jest.setTimeout(20_000);

describe('AddResourceForm', () => {
  afterEach(cleanup);
  it('shows each problem at its field and saves nothing until the input is valid', async () => {
    const services = fakeServices();
    const onAdded = jest.fn();
    render(<AddResourceForm communityId={3} content={services.content} onAdded={onAdded} onCancel={jest.fn()} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Link' }), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add resource' }));
    expect(await screen.findByText('Check the fields marked below.')).toBeTruthy();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/Title/), expect.stringMatching(/Link/)]));
    expect(services.state.resources).toHaveLength(0);

    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: '  Event risk assessment  ' } });
    fireEvent.click(screen.getByRole('combobox', { name: /^Type of resource/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'SOP' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Link' }), { target: { value: 'https://example.com/risk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add resource' }));
    await waitFor(() => expect(onAdded).toHaveBeenCalled());
    expect(onAdded).toHaveBeenCalledWith(expect.objectContaining({ title: 'Event risk assessment', resourceType: 'SOP', communityId: 3, url: 'https://example.com/risk' }));
    expect(services.state.resources).toHaveLength(1);
  });

  it('keeps what was typed and says why when saving fails', async () => {
    const content = { addResource: jest.fn().mockRejectedValue(Object.assign(new Error('Forbidden'), { status: 403 })) };
    render(<AddResourceForm communityId={3} content={content} onAdded={jest.fn()} onCancel={jest.fn()} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Guide' } });
    fireEvent.click(screen.getByRole('combobox', { name: /^Type of resource/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Guide' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Link' }), { target: { value: 'https://example.com/g' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add resource' }));
    expect(await screen.findByText(/permission|access/i)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Guide');
  });
});
