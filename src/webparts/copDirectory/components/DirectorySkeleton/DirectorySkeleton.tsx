import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as sharedStrings from 'CopHubSharedStrings';
import { SkeletonLine } from '../../../../ui/components/SkeletonLine';
import { getDirectorySkeletonClassNames } from './DirectorySkeleton.styles';
import type { IDirectorySkeletonProps } from './IDirectorySkeletonProps';

/** Placeholder cards in the shape of the directory, announced once as loading. */
export const DirectorySkeleton: React.FC<IDirectorySkeletonProps> = ({ layout, count = 6 }) => {
  const classes = getDirectorySkeletonClassNames(useTheme());
  const items = Array.from({ length: count }, (_, i) => i);
  return (
    <div className={layout === 'cards' ? classes.cards : classes.list} role="status" aria-label={sharedStrings.Loading}>
      {items.map((i) =>
        layout === 'cards' ? (
          <div key={i} className={classes.card}>
            <SkeletonLine width="70%" height={20} />
            <SkeletonLine width="40%" />
            <SkeletonLine width="95%" />
            <SkeletonLine width="85%" />
            <SkeletonLine width="60%" />
            <SkeletonLine width={96} height={32} />
          </div>
        ) : (
          <SkeletonLine key={i} height={44} />
        ),
      )}
    </div>
  );
};
