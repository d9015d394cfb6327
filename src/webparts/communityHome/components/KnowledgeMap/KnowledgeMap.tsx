import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CommunityHomeWebPartStrings';
import { knowledgeGaps, knowledgeMap } from '../../../../domain/knowledgeMap';
import { PeopleNames } from '../../../../ui/components/PersonName';
import { fill } from '../../../../ui/format';
import type { IKnowledgeMapProps } from './IKnowledgeMapProps';
import { getKnowledgeMapClassNames } from './KnowledgeMap.styles';

/** What members can help with against what they want to learn, with the gaps shown first. */
export const KnowledgeMap: React.FC<IKnowledgeMapProps> = ({ profiles }) => {
  const classes = getKnowledgeMapClassNames(useTheme());
  const map = React.useMemo(() => knowledgeMap(profiles), [profiles]);
  const gaps = knowledgeGaps(map);
  return (
    <section aria-labelledby="community-knowledge-map">
      <Text as="h3" variant="large" id="community-knowledge-map" block>{strings.KnowledgeMap}</Text>
      <Text block>{strings.KnowledgeMapHint}</Text>
      {map.length === 0 ? (
        <Text block>{strings.KnowledgeEmpty}</Text>
      ) : (
        <>
          <Text as="p" block>{gaps.length ? fill(strings.KnowledgeGaps, gaps.map((g) => g.topic).join(', ')) : strings.NoGaps}</Text>
          <div className={classes.scroller} role="region" aria-labelledby="community-knowledge-map" tabIndex={0}>
            <table className={classes.table}>
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
                      {e.gap && (
                        <div className={classes.gapBadge}>
                          <Icon iconName="Warning" aria-hidden /> <span>{strings.GapLabel}</span>
                        </div>
                      )}
                    </th>
                    <td><PeopleNames people={e.offering} emptyText="—" /></td>
                    <td><PeopleNames people={e.wanting} emptyText="—" /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
};
