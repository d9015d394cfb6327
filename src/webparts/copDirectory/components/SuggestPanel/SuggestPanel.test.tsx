import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SuggestPanel } from './SuggestPanel';
import CopDirectory from '../CopDirectory';
import type { Suggestion } from '../../../../domain/models';
import type { SuggestionInput } from '../../../../domain/validation';
import { memoryUrlState } from '../../../../ui/hooks/urlState';
import { community, fakeServices } from '../../../../ui/testing/fakeServices';

// Role queries over Fluent's DOM are slow in jsdom; a busy machine (a parallel build) must not fail them.
jest.setTimeout(20_000);

function renderPanel(
  onSubmit: (s: SuggestionInput) => Promise<Suggestion> = async (s) => ({ ...s, id: 1, status: 'new' }),
  practiceAreas?: string[],
): { submit: jest.Mock; submitted: jest.Mock } {
  const submitted = jest.fn();
  const submit = jest.fn(onSubmit);
  render(<SuggestPanel isOpen onSubmit={submit} onSubmitted={submitted} onDismiss={() => undefined} practiceAreas={practiceAreas} />);
  return { submit, submitted };
}

const field = (name: string): HTMLElement => screen.getByRole('textbox', { name });
const send = (): void => {
  fireEvent.click(screen.getByRole('button', { name: 'Send suggestion' }));
};

describe('SuggestPanel', () => {
  it('says what is missing in plain words, focuses the first problem, and sends nothing', async () => {
    const { submit } = renderPanel();
    fireEvent.change(field('Name'), { target: { value: '   ' } });
    send();
    expect(await screen.findByText('Give the community or network a name.')).toBeTruthy();
    expect(screen.getByText('Say in a sentence or two what it is about.')).toBeTruthy();
    expect(screen.getByText('Choose whether it already exists or is a new idea.')).toBeTruthy();
    expect(document.activeElement).toBe(field('Name'));
    expect(submit).not.toHaveBeenCalled();
  });

  it("says a name with markup won't do as a community's name, and sends nothing", async () => {
    const { submit } = renderPanel();
    fireEvent.change(field('Name'), { target: { value: '<b>Data</b> science' } });
    send();
    expect(await screen.findByText(/Start the name with a letter or number, and leave out tags such as <b>/)).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
  });

  it('says how long is too long, and clears a message once the field is fixed', async () => {
    renderPanel();
    fireEvent.change(field('Name'), { target: { value: 'x'.repeat(256) } });
    send();
    expect(await screen.findByText('Keep this to 255 characters or fewer. It has 256 now.')).toBeTruthy();
    fireEvent.change(field('Name'), { target: { value: 'Apprenticeship coordinators' } });
    await waitFor(() => expect(screen.queryByText(/Keep this to 255/)).toBeNull());
  });

  it('sends a valid suggestion, trimmed', async () => {
    const { submit, submitted } = renderPanel();
    fireEvent.change(field('Name'), { target: { value: ' Apprenticeship coordinators ' } });
    fireEvent.change(field('What is it about?'), { target: { value: 'Coordinators meet each term.' } });
    fireEvent.change(field('Practice area'), { target: { value: 'People' } });
    fireEvent.click(screen.getByRole('radio', { name: "An existing network that isn't listed" }));
    send();
    await waitFor(() => expect(submitted).toHaveBeenCalled());
    expect(submit).toHaveBeenCalledWith({
      title: 'Apprenticeship coordinators',
      description: 'Coordinators meet each term.',
      practiceArea: 'People',
      kind: 'existing network',
    });
  });

  it('offers the known practice areas and sends the one chosen', async () => {
    const { submit, submitted } = renderPanel(undefined, ['Communications', 'People']);
    expect(screen.queryByRole('textbox', { name: 'Practice area' })).toBeNull();
    fireEvent.change(field('Name'), { target: { value: 'Apprenticeship coordinators' } });
    fireEvent.change(field('What is it about?'), { target: { value: 'Coordinators meet each term.' } });
    fireEvent.click(screen.getByRole('combobox', { name: /^Practice area/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'People' }));
    fireEvent.click(screen.getByRole('radio', { name: 'An idea for a new community' }));
    send();
    await waitFor(() => expect(submitted).toHaveBeenCalled());
    expect(submit).toHaveBeenCalledWith(expect.objectContaining({ practiceArea: 'People' }));
  });

  it('asks for the name of an area that is not listed, and spells a known one as the list does', async () => {
    const { submit, submitted } = renderPanel(undefined, ['Communications', 'People']);
    fireEvent.change(field('Name'), { target: { value: 'Press officers' } });
    fireEvent.change(field('What is it about?'), { target: { value: 'Media relations.' } });
    fireEvent.click(screen.getByRole('radio', { name: 'An idea for a new community' }));
    fireEvent.click(screen.getByRole('combobox', { name: /^Practice area/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Other (not in this list)' }));
    send();
    expect(await screen.findByText('Name the practice area, or choose one from the list.')).toBeTruthy();
    expect(document.activeElement).toBe(field('Which practice area?'));
    expect(submit).not.toHaveBeenCalled();
    fireEvent.change(field('Which practice area?'), { target: { value: ' communications ' } });
    send();
    await waitFor(() => expect(submitted).toHaveBeenCalled());
    expect(submit).toHaveBeenCalledWith(expect.objectContaining({ practiceArea: 'Communications' }));
  });

  it('sends once when Send is clicked twice before the first click has re-rendered the panel', async () => {
    let answer: (s: Suggestion) => void = () => undefined;
    const { submit, submitted } = renderPanel(
      (s) =>
        new Promise((resolve) => {
          answer = () => resolve({ ...s, id: 7, status: 'new' });
        }),
    );
    fireEvent.change(field('Name'), { target: { value: 'Apprenticeship coordinators' } });
    fireEvent.change(field('What is it about?'), { target: { value: 'Coordinators meet each term.' } });
    fireEvent.click(screen.getByRole('radio', { name: 'An idea for a new community' }));
    const form = document.querySelector('form')!;
    // Both clicks inside one act: React has not re-rendered (nor disabled the button) between them.
    act(() => {
      fireEvent.submit(form);
      fireEvent.submit(form);
    });
    expect(submit).toHaveBeenCalledTimes(1);
    await act(async () => answer({} as Suggestion));
    await waitFor(() => expect(submitted).toHaveBeenCalledTimes(1));
  });

  it('keeps what was typed and says why when sending fails', async () => {
    const { submitted } = renderPanel(() => Promise.reject(Object.assign(new Error('no'), { status: 403 })));
    fireEvent.change(field('Name'), { target: { value: 'Sustainability champions' } });
    fireEvent.change(field('What is it about?'), { target: { value: 'Green champions.' } });
    fireEvent.click(screen.getByRole('radio', { name: 'An idea for a new community' }));
    send();
    expect(await screen.findByText(/You don't have permission/)).toBeTruthy();
    expect((field('Name') as HTMLInputElement).value).toBe('Sustainability champions');
    expect(submitted).not.toHaveBeenCalled();
  });

  it('is reached from the directory, and thanks the person once the POD team has it', async () => {
    const services = fakeServices({ communities: [community(1, { title: 'Data and Insight' })] });
    render(<CopDirectory title="" services={services} urlState={memoryUrlState()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Suggest a community or network' }));
    await screen.findByRole('dialog', { name: 'Suggest a community or network' });
    send();
    expect(await screen.findByText('Give the community or network a name.')).toBeTruthy();
    fireEvent.change(field('Name'), { target: { value: 'Sustainability champions' } });
    fireEvent.change(field('What is it about?'), { target: { value: 'Green champions across departments.' } });
    fireEvent.click(screen.getByRole('radio', { name: 'An idea for a new community' }));
    send();
    expect(await screen.findByText('Thank you. The POD team will look at your suggestion "Sustainability champions".')).toBeTruthy();
    expect(services.state.suggestions).toEqual([expect.objectContaining({ title: 'Sustainability champions', kind: 'new idea' })]);
  });

  it('offers the practice areas the POD team keeps, and those of the communities shown', async () => {
    const services = fakeServices({
      communities: [community(1, { title: 'Data and Insight', practiceArea: 'Planning and Insight' })],
      programme: { practiceAreas: ['Sustainability', 'Communications'] },
    });
    render(<CopDirectory title="" services={services} urlState={memoryUrlState()} />);
    // The directory's filter offers the same areas.
    const filter = await screen.findByRole('combobox', { name: /^Practice area/ });
    fireEvent.click(filter);
    // Multi-select options are checkboxes, named by their labels.
    expect(
      (await screen.findAllByRole('option')).map((o) => document.getElementById(o.getAttribute('aria-labelledby') ?? '')?.textContent),
    ).toEqual(['Communications', 'Sustainability', 'Planning and Insight']);
    fireEvent.keyDown(screen.getAllByRole('option')[0], { key: 'Escape', which: 27, keyCode: 27 });
    await waitFor(() => expect(screen.queryAllByRole('option')).toHaveLength(0));
    fireEvent.click(await screen.findByRole('button', { name: 'Suggest a community or network' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suggest a community or network' });
    fireEvent.click(within(dialog).getByRole('combobox', { name: /^Practice area/ }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Communications', 'Sustainability', 'Planning and Insight', 'Other (not in this list)']);
  });
});
