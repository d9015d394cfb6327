import * as React from 'react';
import { Shimmer, ShimmerElementType } from '@fluentui/react/lib/Shimmer';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as sharedStrings from 'CopHubSharedStrings';
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
            <Shimmer width="70%" shimmerElements={[{ type: ShimmerElementType.line, height: 20 }]} />
            <Shimmer width="40%" />
            <Shimmer width="95%" />
            <Shimmer width="85%" />
            <Shimmer width="60%" />
            <Shimmer width={96} shimmerElements={[{ type: ShimmerElementType.line, height: 32 }]} />
          </div>
        ) : (
          <Shimmer key={i} width="100%" shimmerElements={[{ type: ShimmerElementType.line, height: 44 }]} />
        ),
      )}
    </div>
  );
};
