import * as React from 'react';
import { HighContrastSelector, keyframes, mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

const wave = memoizeFunction(() => keyframes({ '0%': { transform: 'translateX(-100%)' }, '100%': { transform: 'translateX(100%)' } }));

/** Fluent Shimmer's line look: the theme's disabled background with its bodyDivider wave, WindowText in forced colours. */
const getClassNames = memoizeFunction((theme: ITheme): { root: string; wave: string } => {
  const s = theme.semanticColors;
  return mergeStyleSets({
    root: {
      position: 'relative',
      overflow: 'hidden',
      transform: 'translateZ(0)',
      backgroundColor: s.disabledBackground,
      selectors: { [HighContrastSelector]: { background: 'WindowText', forcedColorAdjust: 'none' } },
    },
    wave: {
      position: 'absolute',
      inset: 0,
      background: `${s.disabledBackground} linear-gradient(to right, ${s.disabledBackground} 0%, ${s.bodyDivider} 50%, ${s.disabledBackground} 100%) 0 0 / 90% 100% no-repeat`,
      transform: 'translateX(-100%)',
      animation: `${wave()} 2s ease-in-out infinite`,
      selectors: {
        '@media (prefers-reduced-motion: reduce)': { animation: 'none' },
        [HighContrastSelector]: { display: 'none' },
      },
    },
  });
});

export interface ISkeletonLineProps {
  width?: string | number;
  /** Fluent Shimmer's line is 16 px high. */
  height?: number;
}

/**
 * One placeholder line in Fluent Shimmer's look. Shimmer itself brings its element groups and
 * transitions (about 6 KB gzip) into every first render that can show a loading state; this is two divs.
 */
export const SkeletonLine: React.FC<ISkeletonLineProps> = ({ width = '100%', height = 16 }) => {
  const classes = getClassNames(useTheme());
  return (
    <div className={classes.root} style={{ width, height }}>
      <div className={classes.wave} />
    </div>
  );
};
