import * as React from 'react';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CopHubSharedStrings';
import { foundingProgress } from '../../../domain/membershipRules';
import { fill } from '../../format';
import { plural } from '../../plural';
import { getFoundingProgressClassNames } from './FoundingProgress.styles';
import type { IFoundingProgressProps } from './IFoundingProgressProps';

/** Progress of a forming community toward its founding target, as a bar and in words. */
export const FoundingProgress: React.FC<IFoundingProgressProps> = ({ pledged, target, communityTitle }) => {
  const classes = getFoundingProgressClassNames(useTheme());
  const p = foundingProgress(pledged, target);
  if (p.target === 0) {
    return (
      <Text variant="small" className={classes.caption}>
        {plural(strings.PledgesSoFar, p.pledged)}
      </Text>
    );
  }
  const words = fill(p.readyToLaunch ? strings.FoundingTargetReached : strings.FoundingPledgedOf, p.pledged, p.target);
  return (
    <div className={classes.root}>
      <ProgressIndicator
        percentComplete={p.ratio}
        ariaLabel={fill(strings.FoundingProgressLabel, communityTitle)}
        ariaValueText={fill(strings.FoundingPledgedOf, p.pledged, p.target)}
      />
      <Text variant="small" className={classes.caption}>
        {words}
      </Text>
    </div>
  );
};
