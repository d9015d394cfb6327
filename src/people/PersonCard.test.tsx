import * as React from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { PersonCard } from './PersonCard';
import { configurePeople, peopleHost } from './peopleHost';

const grace = { id: 4, displayName: 'Grace Okafor', email: 'grace.okafor@cophub.example', aadId: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' };

describe('PersonCard', () => {
  afterEach(cleanup);

  it('is the name alone while no page has configured Graph', () => {
    render(<PersonCard person={grace} />);
    const name = screen.getByText('Grace Okafor');
    expect(name.getAttribute('role')).toBeNull();
    expect(name.getAttribute('dir')).toBe('auto');
  });

  it('once configured, offers the contact card from the keyboard without loading it up front', () => {
    configurePeople({ kind: 'proxy', graphProxyUrl: 'https://example.invalid/graph' });
    render(<PersonCard person={grace} />);
    const name = screen.getByRole('button', { name: 'Grace Okafor' });
    expect(name.getAttribute('tabindex')).toBe('0');
    expect(name.getAttribute('aria-haspopup')).toBe('dialog');
  });

  it('keeps the first host configured on the page', () => {
    configurePeople({ kind: 'proxy', graphProxyUrl: 'https://other.invalid/graph' });
    expect(peopleHost()).toEqual({ kind: 'proxy', graphProxyUrl: 'https://example.invalid/graph' });
  });

  it('leaves someone Graph cannot find as a plain name', () => {
    render(<PersonCard person={{ id: 9, displayName: 'Former member', email: '' }} />);
    expect(screen.getByText('Former member').getAttribute('role')).toBeNull();
  });
});
