import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'CommunityHomeWebPartStrings';
import { knowledgeGaps, knowledgeMap } from '../../../../domain/knowledgeMap';
import { LightButton } from '../../../../ui/components/LightButton';
import { PeopleNames } from '../../../../ui/components/PersonName';
import { LoadingView } from '../../../../ui/components/StatusViews';
import { fill } from '../../../../ui/format';
import type { IKnowledgeMapProps } from './IKnowledgeMapProps';
import { getKnowledgeMapClassNames } from './KnowledgeMap.styles';

const GapBadge: React.FC<{ className: string }> = ({ className }) => (
  <div className={className}>
    <Icon iconName="Warning" aria-hidden /> <span>{strings.GapLabel}</span>
  </div>
);

// Opened by a person, never part of the first render: who can help elsewhere, in its own chunk.
const GapHelpers = React.lazy(() =>
  import(/* webpackChunkName: 'cop-gap-helpers-panel' */ './GapHelpers').then((m) => ({ default: m.GapHelpers })),
);

/** A gap's "who can help elsewhere?": a button, then the people (issue 16). */
const GapElsewhere: React.FC<{ topic: string } & Required<Pick<IKnowledgeMapProps, 'communityId' | 'findHelpers'>>> = (props) => {
  const [open, setOpen] = React.useState(false);
  if (!open)
    return (
      <LightButton
        text={strings.GapFindHelpers}
        ariaLabel={fill(strings.GapFindHelpersLabel, props.topic)}
        iconName="People"
        onClick={() => setOpen(true)}
      />
    );
  return (
    <React.Suspense fallback={<LoadingView rows={1} />}>
      <GapHelpers {...props} />
    </React.Suspense>
  );
};

/** What members can help with against what they want to learn, with the gaps shown first. */
export const KnowledgeMap: React.FC<IKnowledgeMapProps> = ({ profiles, communityId, findHelpers }) => {
  const classes = getKnowledgeMapClassNames(useTheme());
  const map = React.useMemo(() => knowledgeMap(profiles), [profiles]);
  const gaps = knowledgeGaps(map);
  const [titleId] = React.useState(() => getId('community-knowledge-map'));
  const elsewhere = communityId !== undefined && findHelpers ? { communityId, findHelpers } : undefined;
  return (
    <section aria-labelledby={titleId} className={classes.root}>
      <Text as="h3" variant="large" id={titleId} block>
        {strings.KnowledgeMap}
      </Text>
      <Text block>{strings.KnowledgeMapHint}</Text>
      {map.length === 0 ? (
        <Text block>{strings.KnowledgeEmpty}</Text>
      ) : (
        <>
          <Text as="p" block>
            {gaps.length ? fill(strings.KnowledgeGaps, gaps.map((g) => g.topic).join(', ')) : strings.NoGaps}
          </Text>
          {/* A table where there is room; below 480 px of its own width, each topic is a stacked card (one of the two is display: none, so only one is read). */}
          <div className={classes.wide}>
            <table className={classes.table} aria-labelledby={titleId}>
              <thead>
                <tr>
                  <th scope="col">{strings.Topic}</th>
                  <th scope="col">{strings.Offering}</th>
                  <th scope="col">{strings.Wanting}</th>
                </tr>
              </thead>
              <tbody>
                {map.map((e) => (
                  <tr key={e.key} className={e.gap ? classes.gapRow : undefined}>
                    <th scope="row">
                      {e.topic}
                      {e.gap && <GapBadge className={classes.gapBadge} />}
                      {e.gap && elsewhere && <GapElsewhere topic={e.topic} {...elsewhere} />}
                    </th>
                    <td>
                      <PeopleNames people={e.offering} emptyText="—" />
                    </td>
                    <td>
                      <PeopleNames people={e.wanting} emptyText="—" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className={classes.cards} aria-labelledby={titleId}>
            {map.map((e) => (
              <li key={e.key} className={e.gap ? `${classes.card} ${classes.gapRow}` : classes.card}>
                <Text as="h4" variant="mediumPlus" block className={classes.cardTopic}>
                  {e.topic}
                </Text>
                {e.gap && <GapBadge className={classes.gapBadge} />}
                {e.gap && elsewhere && <GapElsewhere topic={e.topic} {...elsewhere} />}
                <dl className={classes.cardFacts}>
                  <dt>{strings.Offering}</dt>
                  <dd>
                    <PeopleNames people={e.offering} emptyText="—" />
                  </dd>
                  <dt>{strings.Wanting}</dt>
                  <dd>
                    <PeopleNames people={e.wanting} emptyText="—" />
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
