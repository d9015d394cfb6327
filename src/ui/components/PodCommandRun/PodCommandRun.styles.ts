import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export const classes = mergeStyleSets({
  results: { listStyle: 'none', padding: 0, margin: '12px 0', maxHeight: 320, overflowY: 'auto' },
  result: { display: 'flex', gap: 8, padding: '6px 0', borderBottom: '1px solid #edebe9', alignItems: 'baseline' },
  ok: { color: '#107c10', fontWeight: 600, flex: '0 0 auto' },
  failed: { color: '#a4262c', fontWeight: 600, flex: '0 0 auto' },
  label: { fontWeight: 600 },
  targets: { margin: '8px 0 12px' },
  targetList: { margin: '4px 0 0', paddingLeft: 20, '& li': { padding: '2px 0' } },
  actions: { display: 'flex', gap: 8, justifyContent: 'flex-end', marginTop: 16 },
});
