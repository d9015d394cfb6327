import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export interface IMyMembershipClassNames {
  actions: string;
}

export const getMyMembershipClassNames = (): IMyMembershipClassNames =>
  mergeStyleSets({
    // Buttons wrap under each other on a narrow Teams tab.
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0' },
  });
