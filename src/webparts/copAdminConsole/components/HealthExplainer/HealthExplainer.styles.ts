import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export const classes = mergeStyleSets({
  details: { margin: '8px 0 16px', padding: '8px 12px', background: '#f3f2f1', borderRadius: 2 },
  summary: { cursor: 'pointer', fontWeight: 600 },
});
