import type { Person } from './models';
import { acceptanceChoices, isLinkedNetwork, networkAddress, planAcceptance } from './suggestionAcceptance';

const organiser: Person = { id: 7, displayName: 'Priya Shah', email: 'priya@x.example' };
const network = { id: 12, kind: 'existing network' as const, author: organiser };
const idea = { id: 13, kind: 'new idea' as const, author: organiser };

describe('acceptanceChoices', () => {
  it('offers an existing network a listing or a link, and a new idea only a proposal', () => {
    expect(acceptanceChoices('existing network')).toEqual(['listLaunched', 'link']);
    expect(acceptanceChoices('new idea')).toEqual(['propose']);
  });
});

describe('planAcceptance', () => {
  it('proposes a new idea, with no gardener yet', () => {
    expect(planAcceptance(idea, { kind: 'propose' })).toEqual({
      ok: true,
      plan: { status: 'proposed', kind: 'community of practice', gardeners: [], choice: 'propose' },
    });
  });

  it('lists an existing network as launched with its organiser as gardener', () => {
    expect(planAcceptance(network, { kind: 'listLaunched' })).toEqual({
      ok: true,
      plan: { status: 'launched', kind: 'community of practice', gardeners: [organiser], choice: 'listLaunched' },
    });
  });

  it('records an existing network the hub links to at its own address', () => {
    expect(planAcceptance(network, { kind: 'link', url: ' https://networks.example/green ' })).toEqual({
      ok: true,
      plan: { status: 'launched', kind: 'linked network', gardeners: [], siteUrl: 'https://networks.example/green', choice: 'link' },
    });
  });

  it('refuses what does not fit: a choice for the other kind, no organiser, no or a bad address', () => {
    expect(planAcceptance(network, { kind: 'propose' })).toEqual({ ok: false, problem: 'choiceNotForKind' });
    expect(planAcceptance(idea, { kind: 'listLaunched' })).toEqual({ ok: false, problem: 'choiceNotForKind' });
    expect(planAcceptance({ ...network, author: undefined }, { kind: 'listLaunched' })).toEqual({ ok: false, problem: 'noOrganiser' });
    expect(planAcceptance(network, { kind: 'link', url: '  ' })).toEqual({ ok: false, problem: 'addressNeeded' });
    expect(planAcceptance(network, { kind: 'link', url: 'javascript:alert(1)' })).toEqual({ ok: false, problem: 'addressInvalid' });
    expect(planAcceptance(network, { kind: 'link', url: 'networks.example' })).toEqual({ ok: false, problem: 'addressInvalid' });
  });
});

describe('networkAddress', () => {
  it('keeps http(s) addresses with a host and nothing else', () => {
    expect(networkAddress('http://intranet.example/net')).toBe('http://intranet.example/net');
    expect(networkAddress('ftp://intranet.example')).toBeUndefined();
    expect(networkAddress('https://')).toBeUndefined();
  });
});

describe('isLinkedNetwork', () => {
  it('is true only of a linked network', () => {
    expect(isLinkedNetwork({ kind: 'linked network' })).toBe(true);
    expect(isLinkedNetwork({ kind: 'community of practice' })).toBe(false);
    expect(isLinkedNetwork({})).toBe(false);
  });
});
