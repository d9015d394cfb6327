/**
 * Where a community lives: its own site, its Team, or the hub's community page. Addresses come
 * from list data and web part properties, so only http(s) and site-relative addresses are used;
 * anything else (javascript:, data:) is dropped rather than rendered as a link.
 */
import type { Community } from './models';
import { contactLinks } from './programmeContact';

/** Stands for "this site" while a relative address is resolved; never appears in output. */
const HERE = 'https://here.invalid';

export function safeHref(value: string | undefined): string | undefined {
  const v = (value ?? '').trim();
  if (!v) return undefined;
  try {
    if (v.startsWith('/')) {
      // Site-relative, but not protocol-relative: browsers read "//evil.example", "/\evil.example" and
      // "/<tab>/evil.example" all as another host, so the address must resolve to this same site.
      const relative = new URL(v, HERE);
      return relative.origin === HERE ? `${relative.pathname}${relative.search}${relative.hash}` : undefined;
    }
    const url = new URL(v);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export interface CommunityLinks {
  /** The community's page: its own site, or the hub's community page for it. */
  page?: string;
  /** Its team in Microsoft Teams. */
  team?: string;
}

/**
 * `pageTemplate` is the web part's "community page" address with `{id}` standing for the
 * community, e.g. `/sites/cop/SitePages/Community.aspx?community={id}`.
 */
export function communityLinks(community: Pick<Community, 'id' | 'siteUrl' | 'teamsUrl'>, pageTemplate?: string): CommunityLinks {
  const fromTemplate = pageTemplate && pageTemplate.includes('{id}') ? pageTemplate.split('{id}').join(String(community.id)) : undefined;
  return { page: safeHref(community.siteUrl) ?? safeHref(fromTemplate), team: safeHref(community.teamsUrl) };
}

/**
 * A question on the hub's community page: the template's page for its community, opened at its
 * Questions section with the question (`…?community=5&section=questions&item=12`, as notifications
 * link). Undefined without a usable template.
 */
export function questionHref(pageTemplate: string | undefined, communityId: number, questionId: number): string | undefined {
  if (!pageTemplate || !pageTemplate.includes('{id}')) return undefined;
  const page = safeHref(pageTemplate.split('{id}').join(String(Math.trunc(communityId))));
  if (!page) return undefined;
  const [base, hash] = page.split('#');
  const extra = `section=questions&item=${Math.trunc(questionId)}`;
  return `${base}${base.includes('?') ? '&' : '?'}${extra}${hash === undefined ? '' : `#${hash}`}`;
}

/** A usable community page template: http(s) or site-relative, with `{id}` for the community. */
export function isCommunityPageTemplate(value: string): boolean {
  const v = value.trim();
  return v.includes('{id}') && safeHref(v.split('{id}').join('1')) !== undefined;
}

/** A Teams link only when it is https on teams.microsoft.com itself (no lookalike host, no other scheme). */
export function teamsHref(value: string | undefined): string | undefined {
  try {
    const url = new URL((value ?? '').trim());
    return url.protocol === 'https:' && url.hostname === 'teams.microsoft.com' && !url.username && !url.password && !url.port
      ? url.href
      : undefined;
  } catch {
    return undefined;
  }
}

/** How to reach a community: mailto only from a well-formed ContactEmail, its team only on teams.microsoft.com. */
export function communityReach(community: Pick<Community, 'contactEmail' | 'teamsUrl'>): { mailto?: string; team?: string } {
  return { mailto: contactLinks({ email: community.contactEmail ?? '', phone: '' }).mailto, team: teamsHref(community.teamsUrl) };
}
