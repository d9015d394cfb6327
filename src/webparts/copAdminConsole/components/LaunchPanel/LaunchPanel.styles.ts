import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export const classes = mergeStyleSets({
  panel: { display: 'grid', gap: 16, maxWidth: 640 },
  row: { display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' },
  grow: { flex: '1 1 320px' },
  box: { padding: 16, border: '1px solid #edebe9', borderRadius: 2 },
});
