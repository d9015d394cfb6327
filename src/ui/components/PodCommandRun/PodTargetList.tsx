import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopHubSharedStrings';
import { NAMED_IN_CONFIRMATION, type PodCommandId, type PodTarget } from '../../../domain/podCommands';
import { fill } from '../../format';
import { plural } from '../../plural';
import { classes } from './PodCommandRun.styles';
import { POD_CONFIRM_INTRO } from './podCommandText';

/** One item as a person recognises it: who and where for a request, how far a launch has got. */
function describe(t: PodTarget): string {
  if (t.suggestionKind === 'existing network') return fill(strings.PodTargetNetwork, t.name);
  if (t.request)
    return fill(
      strings.PodTargetRequest,
      t.name,
      t.request.level === 'core' ? strings.PodLevelCore : strings.PodLevelWider,
      t.request.community,
    );
  const r = t.readiness;
  if (r?.kind === 'notForming') return fill(strings.PodTargetDetail, t.name, fill(strings.PodNotForming, r.status));
  if (r && r.target > 0) return fill(strings.PodTargetDetail, t.name, plural(strings.PodTargetPledges, r.target, r.pledged, r.target));
  return t.name;
}

/** What a command is about to act on, named before anyone confirms: the first few, then a count. */
export const PodTargetList: React.FC<{ command: PodCommandId; count: number; targets: readonly PodTarget[] | undefined }> = ({
  command,
  count,
  targets,
}) => {
  if (!targets) return <Spinner label={strings.Loading} />;
  const named = targets.slice(0, NAMED_IN_CONFIRMATION);
  return (
    <div className={classes.targets}>
      <Text block>{plural(POD_CONFIRM_INTRO[command], count)}</Text>
      <ul aria-label={strings.PodTargetsLabel} className={classes.targetList}>
        {named.map((t) => (
          <li key={t.id}>{describe(t)}</li>
        ))}
        {count > named.length && <li>{fill(strings.PodTargetMore, count - named.length)}</li>}
      </ul>
    </div>
  );
};
