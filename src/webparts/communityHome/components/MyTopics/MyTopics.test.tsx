import * as React from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { fakeServices } from '../../../../ui/testing/fakeServices';
import { MyTopics } from './MyTopics';

const me = { id: 7, displayName: 'Sam Taylor', email: 'sam.taylor@cophub.example' };

describe('MyTopics', () => {
  afterEach(cleanup);

  it('shows what I said before and saves what I change', async () => {
    const services = fakeServices({
      profiles: [{ id: 1, person: me, canHelpWith: ['SQL'], wantsToLearn: [], practiceArea: 'Data and Insight' }],
    });
    const onSaved = jest.fn();
    render(<MyTopics content={services.content} onSaved={onSaved} />);
    const help = await screen.findByRole('textbox', { name: 'I can help with' });
    expect((help as HTMLTextAreaElement).value).toBe('SQL');
    fireEvent.change(help, { target: { value: 'SQL; Power BI, sql' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'I want to learn' }), { target: { value: 'Facilitation' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved. Colleagues can now find you by these topics.')).toBeTruthy();
    expect(services.state.profiles[0]).toMatchObject({
      canHelpWith: ['SQL', 'Power BI'],
      wantsToLearn: ['Facilitation'],
      practiceArea: 'Data and Insight',
    });
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('refuses a topic that is too long, saying which field and the limit, and saves nothing', async () => {
    const services = fakeServices();
    render(<MyTopics content={services.content} />);
    fireEvent.change(await screen.findByRole('textbox', { name: 'I want to learn' }), { target: { value: 'x'.repeat(61) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/I want to learn.*60/)).toBeTruthy();
    expect(services.state.profiles).toEqual([]);
  });
});
