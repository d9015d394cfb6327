/**
 * What accepting a suggestion makes of it. A new idea becomes a proposed community, as before; an
 * existing network is not a new idea (issue 18), so POD either lists it as launched with its
 * organiser (the suggestion's author) as gardener, or records it as a network the hub links to.
 */
import type { CommunityKind, CommunityStatus, Person, Suggestion, SuggestionKind } from './models';

/** POD's choice for an existing network. */
export type NetworkChoice = { kind: 'listLaunched' } | { kind: 'link'; url: string };
/** What acceptSuggestion is told to do; a new idea needs no choice. */
export type SuggestionAcceptance = { kind: 'propose' } | NetworkChoice;

export const NETWORK_CHOICES = ['listLaunched', 'link'] as const satisfies ReadonlyArray<NetworkChoice['kind']>;

/** The choices that fit a kind of suggestion. */
export function acceptanceChoices(kind: SuggestionKind): ReadonlyArray<SuggestionAcceptance['kind']> {
  return kind === 'existing network' ? NETWORK_CHOICES : ['propose'];
}

/** The Communities item an acceptance writes. */
export interface AcceptancePlan {
  status: CommunityStatus;
  kind: CommunityKind;
  /** The organiser, when the network is listed as launched. */
  gardeners: Person[];
  /** The network's own address, when the hub links to it. */
  siteUrl?: string;
  /** Which choice made it, so StatusReason (and so the history) can say why it has this status. */
  choice: SuggestionAcceptance['kind'];
}

export type AcceptanceProblem = 'choiceNotForKind' | 'noOrganiser' | 'addressNeeded' | 'addressInvalid';

/** A web address people can follow: http(s) only, with a host. */
export function networkAddress(text: string): string | undefined {
  const t = text.trim();
  if (!/^https?:\/\//i.test(t)) return undefined;
  try {
    const u = new URL(t);
    return u.hostname ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function planAcceptance(
  s: Pick<Suggestion, 'id' | 'kind' | 'author'>,
  choice: SuggestionAcceptance,
): { ok: true; plan: AcceptancePlan } | { ok: false; problem: AcceptanceProblem } {
  if (!acceptanceChoices(s.kind).includes(choice.kind)) return { ok: false, problem: 'choiceNotForKind' };
  switch (choice.kind) {
    case 'propose':
      return { ok: true, plan: { status: 'proposed', kind: 'community of practice', gardeners: [], choice: 'propose' } };
    case 'listLaunched': {
      if (!s.author) return { ok: false, problem: 'noOrganiser' };
      return {
        ok: true,
        plan: { status: 'launched', kind: 'community of practice', gardeners: [s.author], choice: 'listLaunched' },
      };
    }
    case 'link': {
      if (!choice.url.trim()) return { ok: false, problem: 'addressNeeded' };
      const url = networkAddress(choice.url);
      if (!url) return { ok: false, problem: 'addressInvalid' };
      return { ok: true, plan: { status: 'launched', kind: 'linked network', gardeners: [], siteUrl: url, choice: 'link' } };
    }
  }
}

/** Whether the directory offers a link out rather than joining. */
export function isLinkedNetwork(c: { kind?: CommunityKind; siteUrl?: string }): boolean {
  return c.kind === 'linked network';
}
