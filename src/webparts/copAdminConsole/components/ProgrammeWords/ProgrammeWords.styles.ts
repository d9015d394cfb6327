import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export const classes = mergeStyleSets({
  root: { display: 'grid', gap: 12, maxWidth: 560, paddingTop: 12 },
  actions: { display: 'flex', gap: 8 },
  areas: { margin: 0, paddingLeft: 20 },
});
