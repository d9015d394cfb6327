import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CopDirectoryWebPartStrings';
import { getMembershipExplainerClassNames } from './MembershipExplainer.styles';
import type { IMembershipExplainerProps } from './IMembershipExplainerProps';

/** Core or wider membership, and the one-core-at-a-time advice, in two sentences each. */
export const MembershipExplainer: React.FC<IMembershipExplainerProps> = ({ headingId }) => {
  const classes = getMembershipExplainerClassNames(useTheme());
  return (
    <aside className={classes.root} aria-labelledby={headingId}>
      <h3 className={classes.heading} id={headingId}>
        {strings.ExplainerTitle}
      </h3>
      <dl className={classes.columns}>
        <div>
          <dt className={classes.term}>{strings.CoreMember}</dt>
          <dd className={classes.text}>{strings.ExplainerCore}</dd>
        </div>
        <div>
          <dt className={classes.term}>{strings.WiderMember}</dt>
          <dd className={classes.text}>{strings.ExplainerWider}</dd>
        </div>
      </dl>
    </aside>
  );
};
