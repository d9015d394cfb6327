import * as React from 'react';
import * as shared from 'CopHubSharedStrings';
import type { Participation } from '../../../../domain/participation';
import { fill } from '../../../../ui/format';
import { plural } from '../../../../ui/plural';

/** Who came to the community's sessions in the period (issue 17): held against the rhythm, the last six, distinct and new attendees. */
export const ParticipationText: React.FC<{ participation?: Participation; fallback: string }> = ({ participation: p, fallback }) => {
  if (!p) return <p>{fallback}</p>;
  const trend =
    p.trend === 'up'
      ? shared.ParticipationUp
      : p.trend === 'down'
        ? shared.ParticipationDown
        : p.trend === 'level'
          ? shared.ParticipationLevel
          : '';
  return (
    <>
      <p>{p.expected === undefined ? fill(shared.ParticipationHeld, p.held) : fill(shared.ParticipationHeldOf, p.held, p.expected)}</p>
      <p>
        {p.lastSix.length === 0
          ? shared.ParticipationNoSessions
          : [fill(shared.ParticipationLastSix, p.lastSix.join(', ')), trend].filter(Boolean).join(' ')}
      </p>
      <p>{plural(shared.ParticipationPeople, p.distinctAttendees, p.distinctAttendees, p.newAttendees)}</p>
    </>
  );
};
