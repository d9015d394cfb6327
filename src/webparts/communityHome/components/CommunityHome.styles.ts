import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export interface ICommunityHomeClassNames {
  root: string;
  charter: string;
  panel: string;
}

export const getCommunityHomeClassNames = (): ICommunityHomeClassNames =>
  mergeStyleSets({
    // Teams tabs can be 320 px wide: nothing may force a wider layout.
    root: { minWidth: 0, maxWidth: '100%', overflowWrap: 'anywhere', padding: 4 },
    charter: { margin: '8px 0', selectors: { dt: { marginTop: 8 }, dd: { margin: '2px 0 0' } } },
    panel: { paddingTop: 12, display: 'flex', flexDirection: 'column', gap: 20 },
  });
