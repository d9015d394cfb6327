/**
 * Which community, section and item community home opens on: a notification's link (the Teams
 * personal app's subEntityId, or the page's address elsewhere) wins; otherwise the community the
 * web part's properties name. One function, so the web part and the workbench open the same.
 */
import { parseSubEntityId } from '../../domain/notifications';
import type { ICommunityHomeProps } from './components/ICommunityHomeProps';

export interface ICommunityHomeWebPartProps {
  communityId?: string;
}

export type CommunityHomeTarget = Pick<ICommunityHomeProps, 'communityId' | 'initialSection' | 'focusItemId'>;

/** `link` is a subEntityId or a query string without its `?` (`community=5&section=members&item=12`). */
export function communityHomeTarget(properties: Readonly<ICommunityHomeWebPartProps>, link: string): CommunityHomeTarget {
  const target = parseSubEntityId(link);
  const deepLink = target?.page === 'community' ? target : undefined;
  return {
    communityId: deepLink?.communityId ?? (Number(properties.communityId) || undefined),
    initialSection: deepLink?.section,
    focusItemId: deepLink?.itemId,
  };
}
