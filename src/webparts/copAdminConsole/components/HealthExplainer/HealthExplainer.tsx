import * as React from 'react';
import * as strings from 'CopAdminConsoleWebPartStrings';
import { HEALTH_RULES as R } from '../../../../domain/health';
import { fill } from '../../../../ui/format';
import type { IHealthExplainerProps } from './IHealthExplainerProps';
import { classes } from './HealthExplainer.styles';

/** How the health score is computed, in words built from the same numbers the score uses. */
export const HealthExplainer: React.FC<IHealthExplainerProps> = ({ defaultOpen = false }) => (
  <details className={classes.details} open={defaultOpen}>
    <summary className={classes.summary}>{strings.HealthHowTitle}</summary>
    <p>{strings.HealthHowIntro}</p>
    <ul>
      <li>{fill(strings.HealthLeadership, R.sponsorPoints + R.gardenerPoints, R.sponsorPoints, R.gardenerPoints)}</li>
      <li>{fill(strings.HealthMembers, R.corePoints + R.widerPoints, R.corePoints, R.coreTarget, R.widerPoints, R.widerTarget)}</li>
      <li>{fill(strings.HealthRhythm, R.recentPoints + R.heldPoints, R.recentPoints, R.periodDays, R.heldPoints)}</li>
      <li>
        {fill(
          strings.HealthAttendance,
          R.attendancePoints + R.trendPoints + R.distinctPoints + R.newPoints,
          R.periodDays,
          R.attendancePoints,
          R.attendanceTarget,
          R.trendPoints,
          R.distinctPoints,
          R.distinctTarget,
          R.newPoints,
          R.newTarget,
        )}
      </li>
      <li>
        {fill(
          strings.HealthQuestions,
          R.askedPoints + R.answeredPoints + R.firstAnswerPoints,
          R.periodDays,
          R.askedPoints,
          R.askedTarget,
          R.answeredPoints,
          R.firstAnswerPoints,
          R.firstAnswerHours,
          R.firstAnswerSlowHours / 24,
        )}
      </li>
      <li>{fill(strings.HealthRepertoire, R.repertoirePoints)}</li>
    </ul>
    <p>{fill(strings.HealthBands, R.healthy, R.watch, R.healthy - 1)}</p>
  </details>
);
