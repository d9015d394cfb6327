import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CommunityHomeWebPartStrings';
import * as shared from 'CopHubSharedStrings';
import { withCharter } from '../../../../domain/charter';
import { communityReach } from '../../../../domain/links';
import type { Community, CommunityCharter } from '../../../../domain/models';
import type { ICommunityService } from '../../../../domain/services';
import { LightButton } from '../../../../ui/components/LightButton';
import { Notice } from '../../../../ui/components/Notice';
import { PeopleNames } from '../../../../ui/components/PersonName';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { fill } from '../../../../ui/format';
import { firstFrom, type Preloaded } from '../../../../ui/hooks/preload';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { useId } from '../../../../ui/hooks/useId';

// Loaded when a gardener first edits: nobody else downloads the form.
const CharterForm = React.lazy(() => import(/* webpackChunkName: 'cop-charter-form' */ './form').then((m) => ({ default: m.CharterForm })));

const Field: React.FC<{ label: string; children: React.ReactNode }> = ({ label, children }) => (
  <>
    <dt>
      <Text variant="mediumPlus">{label}</Text>
    </dt>
    <dd>
      <Text>{children}</Text>
    </dd>
  </>
);

const orNotSet = (value: string): string => (value.trim() ? value : strings.NotSet);

/** Its contact (mailto only from a well-formed address) and its team (a link only on teams.microsoft.com). */
const Reach: React.FC<{ community: Community }> = ({ community: c }) => {
  const { mailto, team } = communityReach(c);
  const email = (c.contactEmail ?? '').trim();
  return (
    <>
      <Field label={strings.Contact}>{mailto ? <Link href={mailto}>{email}</Link> : orNotSet(email)}</Field>
      <Field label={strings.Team}>
        {team ? (
          <Link href={team} target="_blank" rel="noopener noreferrer">
            {fill(strings.OpenTeam, c.title)}
          </Link>
        ) : (
          strings.NotSet
        )}
      </Field>
    </>
  );
};

export interface ICharterSectionProps {
  community: Community;
  communities: Pick<ICommunityService, 'charter' | 'saveCharter'>;
  /** The charter read started with the first view's $batch (on a page, where the id is known up front). */
  preloaded?: Preloaded<CommunityCharter | undefined>;
  /** The community's gardeners edit its charter, ground rules and rhythm (SharePoint lets only them). */
  canEdit: boolean;
  className: string;
  /**
   * The rhythm in words from the community's series, once its sessions are read (issue 17): shown
   * instead of the rhythm written in the charter, which stays only where it has no series.
   */
  seriesRhythm?: string;
}

/**
 * The charter: the community's domain, community (sponsor, gardeners, audience) and practice, its
 * ground rules and rhythm as its gardeners last saved them (else as the POD team set them at launch).
 */
export const CharterSection: React.FC<ICharterSectionProps> = ({ community, communities, preloaded, canEdit, className, seriesRhythm }) => {
  const communityCharterId = useId('community-charter');
  const load = React.useMemo(() => firstFrom(preloaded, () => communities.charter(community.id)), [preloaded, communities, community.id]);
  const { state, reload } = useAsync(load, [load]);
  const [editing, setEditing] = React.useState(false);
  const [saved, setSaved] = React.useState<CommunityCharter | undefined>(undefined);
  const [notice, setNotice] = React.useState(false);
  const editButton = React.useRef<HTMLButtonElement>(null);
  const close = (): void => {
    setEditing(false);
    // Back to where the person started, for keyboard users.
    setTimeout(() => editButton.current?.focus(), 0);
  };

  let body: React.ReactNode;
  if (state.status === 'loading') body = <LoadingView rows={4} />;
  else if (state.status === 'error') body = <ErrorView error={state.error} onRetry={reload} />;
  else {
    const charter = saved ?? state.data;
    const c = withCharter(community, charter);
    body = (
      <>
        {notice && (
          <Notice kind="success" onDismiss={() => setNotice(false)} dismissButtonAriaLabel={shared.NoticeClose}>
            {strings.CharterSaved}
          </Notice>
        )}
        {canEdit && !editing && (
          <LightButton
            elementRef={editButton}
            text={strings.EditCharter}
            iconName="Edit"
            onClick={() => {
              setNotice(false);
              setEditing(true);
            }}
          />
        )}
        {canEdit && editing && (
          <React.Suspense fallback={<LoadingView rows={4} />}>
            <CharterForm
              community={community}
              text={{ domain: c.domain, practice: c.practice, audience: c.audience, groundRules: c.groundRules, rhythm: c.rhythm }}
              current={charter}
              communities={communities}
              onSaved={(next) => {
                setSaved(next);
                setNotice(true);
                close();
              }}
              onCancel={close}
              onReload={() => {
                setSaved(undefined);
                setEditing(false);
                reload();
              }}
            />
          </React.Suspense>
        )}
        <dl className={className}>
          <Field label={strings.Domain}>{orNotSet(c.domain)}</Field>
          <Field label={strings.Practice}>{orNotSet(c.practice)}</Field>
          <Field label={strings.Audience}>{orNotSet(c.audience)}</Field>
          <Field label={strings.GroundRules}>{orNotSet(c.groundRules)}</Field>
          <Field label={strings.Sponsor}>
            <PeopleNames people={c.sponsor ? [c.sponsor] : []} emptyText={strings.NotSet} />
          </Field>
          <Field label={strings.Gardeners}>
            <PeopleNames people={c.gardeners} emptyText={strings.NotSet} />
          </Field>
          <Field label={strings.Rhythm}>{seriesRhythm ?? orNotSet(c.rhythm)}</Field>
          <Reach community={c} />
        </dl>
        {charter?.modifiedBy && (
          <Text variant="small" block>
            {fill(strings.CharterEditedBy, charter.modifiedBy)}
          </Text>
        )}
      </>
    );
  }
  return (
    <section aria-labelledby={communityCharterId}>
      <Text as="h3" variant="large" id={communityCharterId} block>
        {strings.Charter}
      </Text>
      {body}
    </section>
  );
};
