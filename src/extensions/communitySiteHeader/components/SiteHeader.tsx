import * as React from 'react';
import * as strings from 'CommunitySiteHeaderApplicationCustomizerStrings';
import type { HeaderStanding, HeaderView } from '../../../domain/siteHeader';

export interface ISiteHeaderProps {
  /** The community's name (the community site's own title). */
  title: string;
  /** My standing; undefined while it is still being read. */
  standing?: HeaderStanding;
  /** A forming community's founding progress: the bar says so, and Join becomes the founding pledge. */
  forming?: HeaderView['forming'];
  /** Where "Join" leads: the community's page (which offers the pledge while it is forming). */
  joinUrl?: string;
  /** The CoP directory. */
  directoryUrl?: string;
  /** Set when my standing could not be read: the bar says so and offers to read it again. */
  onRetry?: () => void;
}

const fill = (template: string, ...values: number[]): string =>
  values.reduce<string>((t, v, i) => t.split(`{${i}}`).join(String(v)), template);

/** "Forming: 4 of 6 pledges", or "Forming: 4 pledged" without a target. */
export function formingText(f: NonNullable<HeaderView['forming']>): string {
  return f.target ? fill(strings.FormingOf, f.pledged, f.target) : fill(strings.FormingPledged, f.pledged);
}

const LABEL: Record<Exclude<HeaderStanding, 'none'>, string> = {
  core: strings.CoreMember,
  wider: strings.WiderMember,
  pending: strings.RequestPending,
  pledged: strings.FoundingPledge,
};

/**
 * A slim bar on a community's site: its name, my membership, and the way to the directory. Plain
 * HTML with SharePoint's theme variables keeps it small and never shifts the page: the bar keeps
 * its height while my standing is read.
 */
export const SiteHeader: React.FC<ISiteHeaderProps> = ({ title, standing, forming, joinUrl, directoryUrl, onRetry }) => (
  <nav
    aria-label={strings.Landmark}
    style={{
      display: 'flex',
      flexWrap: 'wrap',
      gap: '4px 16px',
      alignItems: 'center',
      minHeight: 32,
      padding: '4px 16px',
      background: 'var(--themeLighterAlt, #eff6fc)',
      color: 'var(--bodyText, #323130)',
      font: '14px "Segoe UI", sans-serif',
    }}
  >
    <strong>{title}</strong>
    <span aria-live="polite" style={{ minWidth: 120 }}>
      {onRetry ? (
        <>
          {strings.StandingUnavailable}{' '}
          <button
            type="button"
            onClick={onRetry}
            style={{
              font: 'inherit',
              color: 'inherit',
              background: 'none',
              border: 0,
              padding: 0,
              textDecoration: 'underline',
              cursor: 'pointer',
            }}
          >
            {strings.TryAgain}
          </button>
        </>
      ) : standing === undefined ? null : (
        <>
          {forming && <span>{formingText(forming)} </span>}
          {standing === 'none' ? joinUrl ? <a href={joinUrl}>{forming ? strings.Pledge : strings.Join}</a> : null : LABEL[standing]}
        </>
      )}
    </span>
    {directoryUrl && (
      <a href={directoryUrl} style={{ marginLeft: 'auto' }}>
        {strings.Directory}
      </a>
    )}
  </nav>
);
