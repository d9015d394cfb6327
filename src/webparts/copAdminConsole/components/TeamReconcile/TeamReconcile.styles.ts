import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export const classes = mergeStyleSets({
  root: { margin: '4px 0 16px', maxWidth: 720 },
  hint: { margin: '4px 0 8px' },
  outcome: { marginTop: 8 },
});
