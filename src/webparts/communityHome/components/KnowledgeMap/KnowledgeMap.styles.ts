import { HighContrastSelector, mergeStyleSets, type IRawStyle, type ITheme } from '@fluentui/react/lib/Styling';

/** Below this width of its own, the map shows each topic as a stacked card instead of a table row. */
const NARROW = '@container (max-width: 479px)';

export interface IKnowledgeMapClassNames {
  root: string;
  wide: string;
  cards: string;
  card: string;
  cardTopic: string;
  cardFacts: string;
  table: string;
  gapRow: string;
  gapBadge: string;
}

export const getKnowledgeMapClassNames = (theme: ITheme): IKnowledgeMapClassNames => {
  const { semanticColors, palette } = theme;
  const cell = {
    padding: '6px 8px',
    textAlign: 'left' as const,
    verticalAlign: 'top' as const,
    borderBottom: `1px solid ${semanticColors.bodyDivider}`,
  };
  return mergeStyleSets({
    // The map's own width decides its shape (a narrow web part column or a 320 px Teams tab alike): a container query.
    root: { containerType: 'inline-size' } as IRawStyle,
    wide: { selectors: { [NARROW]: { display: 'none' } } },
    cards: { display: 'none', listStyle: 'none', margin: 0, padding: 0, selectors: { [NARROW]: { display: 'block' } } },
    card: { padding: '8px 12px', marginBottom: 8, border: `1px solid ${semanticColors.bodyDivider}`, borderRadius: 2 },
    cardTopic: { margin: 0, fontWeight: 600, whiteSpace: 'nowrap' },
    cardFacts: {
      margin: '4px 0 0',
      display: 'grid',
      gridTemplateColumns: 'minmax(0, auto) minmax(0, 1fr)',
      columnGap: 8,
      rowGap: 2,
      selectors: { dt: { fontWeight: 600 }, dd: { margin: 0, minWidth: 0 } },
    },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      tableLayout: 'fixed',
      overflowWrap: 'break-word',
      selectors: { 'th, td': cell, th: { fontWeight: 600 } },
    },
    gapRow: { background: semanticColors.warningBackground, [HighContrastSelector]: { background: 'Canvas' } },
    // Said in words as well as colour.
    gapBadge: { fontWeight: 600, color: palette.neutralPrimary, overflowWrap: 'break-word' },
  });
};
