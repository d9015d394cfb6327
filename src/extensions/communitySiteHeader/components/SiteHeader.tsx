import * as React from 'react';
import * as strings from 'CommunitySiteHeaderApplicationCustomizerStrings';
import type { Community, Membership } from '../../../domain/models';
import { effectiveStatus } from '../../../domain/membershipRules';

export interface ISiteHeaderProps {
  /** The community whose site this is. */
  community: Community;
  /** My membership of it, if any. */
  membership?: Membership;
  /** Where "Join" and "Community home" lead (the hub's directory or the community page). */
  homeUrl: string;
}

function membershipLabel(c: Community, m?: Membership): string | undefined {
  if (!m) return undefined;
  const status = effectiveStatus(m, c);
  if (status === 'active') return m.level === 'core' ? strings.CoreMember : strings.WiderMember;
  if (status === 'pending') return strings.RequestPending;
  if (status === 'interested') return strings.FoundingPledge;
  return undefined;
}

/** A slim bar on a community's site: its name, my membership, and the way to its home. Plain HTML keeps it small. */
export const SiteHeader: React.FC<ISiteHeaderProps> = ({ community, membership, homeUrl }) => {
  const label = membershipLabel(community, membership);
  return (
    <nav aria-label={strings.Landmark} style={{ display: 'flex', gap: 16, alignItems: 'center', padding: '6px 16px', background: 'var(--themeLighterAlt, #eff6fc)', font: '14px Segoe UI, sans-serif' }}>
      <strong>{community.title}</strong>
      <span>{label ?? <a href={homeUrl}>{strings.Join}</a>}</span>
      <a href={homeUrl}>{strings.OpenHome}</a>
    </nav>
  );
};
