import { HighContrastSelector, mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface ICommunityCardClassNames {
  card: string;
  row: string;
  header: string;
  title: string;
  status: string;
  area: string;
  domain: string;
  facts: string;
  fact: string;
  term: string;
  footer: string;
  rowMain: string;
  rowMeta: string;
}

export const getCommunityCardClassNames = (theme: ITheme): ICommunityCardClassNames => {
  const { palette, semanticColors, effects } = theme;
  const frame = {
    background: semanticColors.bodyBackground,
    border: `1px solid ${semanticColors.variantBorder}`,
    borderRadius: effects.roundedCorner4,
    selectors: { [HighContrastSelector]: { border: '1px solid WindowText' } },
  };
  return mergeStyleSets({
    card: {
      ...frame,
      height: '100%',
      boxSizing: 'border-box',
      padding: 16,
      display: 'flex',
      flexDirection: 'column',
      gap: 8,
      boxShadow: effects.elevation4,
    },
    row: { ...frame, padding: '10px 16px', display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' },
    header: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: 8 },
    title: {
      margin: 0,
      fontSize: theme.fonts.large.fontSize,
      fontWeight: 600,
      lineHeight: '1.3', // a string: merge-styles would turn a number into pixels
      outline: 'none',
      selectors: { ':focus-visible': { outline: `2px solid ${palette.themePrimary}`, outlineOffset: 2 } },
    },
    status: {
      flexShrink: 0,
      fontSize: theme.fonts.small.fontSize,
      padding: '2px 8px',
      borderRadius: 10,
      border: `1px solid ${palette.neutralTertiaryAlt}`,
      color: palette.neutralPrimary,
      background: palette.neutralLighter,
      selectors: { [HighContrastSelector]: { border: '1px solid WindowText', background: 'Window', color: 'WindowText' } },
    },
    area: {
      color: palette.themeDarkAlt,
      fontWeight: 600,
      fontSize: theme.fonts.small.fontSize,
      selectors: { [HighContrastSelector]: { color: 'WindowText' } },
    },
    domain: {
      margin: 0,
      color: semanticColors.bodyText,
      display: '-webkit-box',
      WebkitLineClamp: '3',
      WebkitBoxOrient: 'vertical',
      overflow: 'hidden',
    },
    facts: { margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 12, rowGap: 4, fontSize: theme.fonts.small.fontSize },
    fact: { margin: 0, color: semanticColors.bodyText },
    term: { color: semanticColors.bodySubtext },
    footer: {
      marginTop: 'auto',
      paddingTop: 8,
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      gap: 8,
      flexWrap: 'wrap',
    },
    rowMain: { flex: '1 1 320px', minWidth: 0 },
    rowMeta: { color: semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
  });
};
