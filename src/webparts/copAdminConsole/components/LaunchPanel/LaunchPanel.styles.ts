import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export const classes = mergeStyleSets({
  // minmax(0, 1fr): a long line (the pledge count, a message) wraps in a 320 px column instead of widening it.
  panel: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 16, maxWidth: 640 },
  row: { display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' },
  grow: { flex: '1 1 240px', minWidth: 0 },
  box: { padding: 16, border: '1px solid #edebe9', borderRadius: 2 },
});
