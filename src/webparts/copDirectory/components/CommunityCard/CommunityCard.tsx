import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CopDirectoryWebPartStrings';
import * as shared from 'CopHubSharedStrings';
import { communityLinks } from '../../../../domain/links';
import { isLinkedNetwork } from '../../../../domain/suggestionAcceptance';
import type { Community, MemberCounts } from '../../../../domain/models';
import { PeopleNames, PersonName } from '../../../../ui/components/PersonName';
import { useDates } from '../../../../ui/dates';
import { fill } from '../../../../ui/format';
import { plural } from '../../../../ui/plural';
import { useStageName } from '../../../../ui/stageNames';
import { FoundingProgress } from '../../../../ui/components/FoundingProgress';
import { MembershipAction } from '../MembershipAction';
import { getCommunityCardClassNames } from './CommunityCard.styles';
import type { ICommunityCardProps } from './ICommunityCardProps';

function membersText(c: Community, counts: MemberCounts): string {
  if (c.status !== 'forming') return fill(strings.MemberCounts, counts.core, counts.wider);
  if (c.foundingTarget) return fill(shared.FoundingPledgedOf, counts.pledged, c.foundingTarget);
  return plural(shared.PledgesSoFar, counts.pledged);
}

/** One community in the directory: a card with the full picture, or a compact row. */
const CommunityCardView: React.FC<ICommunityCardProps> = (props) => {
  const {
    community: c,
    layout,
    standing,
    counts,
    nextSession,
    sessionsKnown,
    communityPageUrl,
    busy,
    focusOutcome,
    onJoin,
    onPledge,
    onWithdraw,
  } = props;
  const dates = useDates();
  const stage = useStageName();
  const when = nextSession && dates.format('session', nextSession.start);
  const classes = getCommunityCardClassNames(useTheme());
  const links = communityLinks(c, communityPageUrl);
  const titleId = `cop-community-${c.id}`;
  const Heading = props.headingLevel === 4 ? 'h4' : 'h3';
  const title = links.page ? <Link href={links.page}>{c.title}</Link> : c.title;
  // A network the hub links to is joined where it lives: the card links out instead (issue 18).
  const network = isLinkedNetwork(c);
  const action = network ? (
    links.page && (
      <Link href={links.page} target="_blank" rel="noopener noreferrer" aria-label={fill(strings.VisitNetworkLabel, c.title)}>
        {strings.VisitNetwork}
      </Link>
    )
  ) : (
    <MembershipAction
      community={c}
      standing={standing}
      busy={busy}
      focusOutcome={focusOutcome}
      onJoin={() => onJoin(c)}
      onPledge={() => onPledge(c)}
      onWithdraw={onWithdraw && (() => onWithdraw(c))}
    />
  );
  const teamLink = links.team && (
    <Link href={links.team} target="_blank" rel="noopener noreferrer" aria-label={fill(strings.OpenInTeamsLabel, c.title)}>
      {strings.OpenInTeams}
    </Link>
  );

  if (layout === 'list') {
    const meta = [
      c.practiceArea,
      network ? strings.LinkedNetwork : stage(c.status),
      c.sponsor && fill(strings.SponsoredBy, c.sponsor.displayName),
      counts && membersText(c, counts),
      counts?.questions !== undefined && !network && c.status !== 'forming' && plural(strings.QuestionsAsked, counts.questions),
      when && fill(strings.NextSessionOn, when),
    ];
    return (
      <article className={classes.row} aria-labelledby={titleId}>
        <div className={classes.rowMain}>
          <Heading className={classes.title} id={titleId} tabIndex={-1} dir="auto" data-cop-card-title>
            {title}
          </Heading>
          <span className={classes.rowMeta}>{meta.filter(Boolean).join(' · ')}</span>
        </div>
        {teamLink}
        {action}
      </article>
    );
  }

  return (
    <article className={classes.card} aria-labelledby={titleId}>
      <div className={classes.header}>
        <Heading className={classes.title} id={titleId} tabIndex={-1} dir="auto" data-cop-card-title>
          {title}
        </Heading>
        <span className={classes.status}>{network ? strings.LinkedNetwork : stage(c.status)}</span>
      </div>
      {/* Text people typed keeps its own direction (dir="auto"), isolated from the labels around it. */}
      {c.practiceArea && (
        <span className={classes.area} dir="auto">
          {c.practiceArea}
        </span>
      )}
      {c.domain && (
        <p className={classes.domain} dir="auto">
          {c.domain}
        </p>
      )}
      <dl className={classes.facts}>
        <dt className={classes.term}>{strings.Sponsor}</dt>
        <dd className={classes.fact}>{c.sponsor ? <PersonName person={c.sponsor} /> : strings.NotSet}</dd>
        <dt className={classes.term}>{strings.Gardeners}</dt>
        <dd className={classes.fact}>
          <PeopleNames people={c.gardeners} emptyText={strings.NoGardenersYet} />
        </dd>
        <dt className={classes.term}>{strings.Rhythm}</dt>
        {/* Described from its series where it has one (issue 17); its own words otherwise. */}
        <dd className={classes.fact} dir={nextSession?.rhythm || c.rhythm ? 'auto' : undefined}>
          {nextSession?.rhythm || c.rhythm || strings.NotSet}
        </dd>
        {sessionsKnown && !network && (
          <>
            <dt className={classes.term}>{strings.NextSession}</dt>
            <dd className={classes.fact}>{when || strings.NoSessionPlanned}</dd>
          </>
        )}
        {counts && c.status !== 'forming' && !network && (
          <>
            <dt className={classes.term}>{strings.Members}</dt>
            <dd className={classes.fact}>{membersText(c, counts)}</dd>
          </>
        )}
        {counts?.questions !== undefined && c.status !== 'forming' && !network && (
          <>
            <dt className={classes.term}>{strings.Questions}</dt>
            <dd className={classes.fact}>{plural(strings.QuestionsAsked, counts.questions)}</dd>
          </>
        )}
      </dl>
      {c.status === 'forming' && counts && <FoundingProgress pledged={counts.pledged} target={c.foundingTarget} communityTitle={c.title} />}
      <div className={classes.footer}>
        {action}
        {teamLink}
      </div>
    </article>
  );
};

/** Memoised: while someone types in the search box, cards whose props didn't change skip rendering. */
export const CommunityCard = React.memo(CommunityCardView);
