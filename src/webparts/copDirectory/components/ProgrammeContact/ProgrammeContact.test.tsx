import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { ProgrammeContactView } from './ProgrammeContact';

const head = {
  role: 'Head of Communities of Practice',
  name: 'Priya Desai',
  email: 'priya.desai@cophub.example',
  phone: '+44 20 7946 0123',
};

describe('ProgrammeContactView', () => {
  it('says who to contact, with mail and phone links', () => {
    render(<ProgrammeContactView contact={head} />);
    const region = screen.getByRole('complementary', { name: 'Programme contact' });
    expect(region.textContent).toContain('Questions or ideas?');
    expect(region.textContent).toContain('Contact the Head of Communities of Practice: Priya Desai');
    expect(screen.getByRole('link', { name: 'priya.desai@cophub.example' }).getAttribute('href')).toBe('mailto:priya.desai@cophub.example');
    expect(screen.getByRole('link', { name: 'Call +44 20 7946 0123' }).getAttribute('href')).toBe('tel:+442079460123');
  });
  it('shows nothing until an editor sets someone and a way to reach them', () => {
    const { container } = render(<ProgrammeContactView contact={{ role: '', name: '', email: '', phone: '' }} />);
    expect(container.innerHTML).toBe('');
  });
  it('shows a typed value that is no address as text only, never as a link', () => {
    render(<ProgrammeContactView contact={{ ...head, email: 'javascript:alert(1)', phone: '' }} />);
    expect(screen.queryByRole('complementary')).toBeNull();
    render(<ProgrammeContactView contact={{ ...head, phone: 'javascript:alert(1)' }} />);
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
