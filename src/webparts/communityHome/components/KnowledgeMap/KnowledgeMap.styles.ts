import { HighContrastSelector, mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface IKnowledgeMapClassNames {
  scroller: string;
  table: string;
  gapRow: string;
  gapBadge: string;
}

export const getKnowledgeMapClassNames = (theme: ITheme): IKnowledgeMapClassNames => {
  const { semanticColors, palette } = theme;
  const cell = { padding: '6px 8px', textAlign: 'left' as const, verticalAlign: 'top' as const, borderBottom: `1px solid ${semanticColors.bodyDivider}` };
  return mergeStyleSets({
    // Three narrow columns still read on a 320 px Teams tab: names wrap; the region scrolls only if a word can't.
    scroller: { overflowX: 'auto', maxWidth: '100%' },
    table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', overflowWrap: 'anywhere', selectors: { 'th, td': cell, th: { fontWeight: 600 } } },
    gapRow: { background: semanticColors.warningBackground, [HighContrastSelector]: { background: 'Canvas' } },
    // Said in words as well as colour.
    gapBadge: { fontWeight: 600, color: palette.neutralPrimary, whiteSpace: 'nowrap' },
  });
};
