import * as React from 'react';
import * as strings from 'CopHubSharedStrings';
import type { Community } from '../../../domain/models';
import { fill } from '../../format';
import { LightButton } from '../LightButton';

export interface IPledgeButtonProps {
  community: Pick<Community, 'title'>;
  /** True while the pledge is in flight: the button is disabled and says so. */
  busy?: boolean;
  onPledge: () => void;
}

/** The founding pledge, the same wherever a forming community is offered: the directory, its own page. */
export const PledgeButton: React.FC<IPledgeButtonProps> = ({ community, busy, onPledge }) => (
  <LightButton kind="primary" disabled={busy} onClick={onPledge} ariaLabel={fill(strings.PledgeButtonLabel, community.title)}>
    {busy ? strings.Pledging : strings.PledgeButton}
  </LightButton>
);
