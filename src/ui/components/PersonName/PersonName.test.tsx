import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { PeopleNames, PersonName } from './PersonName';

const grace = { id: 4, displayName: 'Grace Okafor', email: 'grace.okafor@cophub.example' };
const tom = { id: 5, displayName: 'Tom Becker', email: 'tom.becker@cophub.example' };

describe('PersonName', () => {
  it('shows the name, with the email on hover', () => {
    render(<PersonName person={grace} />);
    expect(screen.getByText('Grace Okafor').getAttribute('title')).toBe('grace.okafor@cophub.example');
  });
  it('lists several people separated by commas, or says there is nobody', () => {
    const { container, rerender } = render(<PeopleNames people={[grace, tom]} emptyText="None yet" />);
    expect(container.textContent).toBe('Grace Okafor, Tom Becker');
    rerender(<PeopleNames people={[]} emptyText="None yet" />);
    expect(container.textContent).toBe('None yet');
  });
});
