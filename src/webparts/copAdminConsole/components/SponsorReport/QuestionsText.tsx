import * as React from 'react';
import * as strings from 'CopAdminConsoleWebPartStrings';
import type { QuestionFigures } from '../../../../domain/questions';
import { fill } from '../../../../ui/format';
import { plural } from '../../../../ui/plural';

/** Hours in words a sponsor reads at a glance: hours under two days, then days. */
function waitText(hours: number): string {
  return hours < 48
    ? plural(strings.ReportWaitHours, Math.max(1, Math.round(hours)))
    : plural(strings.ReportWaitDays, Math.round(hours / 24));
}

/** Questions asked in the community in the period (issue 16): how many, the share answered, how soon a first answer came. */
export const QuestionsText: React.FC<{ questions?: QuestionFigures }> = ({ questions: q }) => {
  if (!q) return <p>{strings.ReportQuestionsUnread}</p>;
  if (q.asked === 0) return <p>{strings.ReportNoQuestions}</p>;
  return (
    <>
      <p>{plural(strings.ReportQuestionsAsked, q.asked, q.asked, Math.round(q.shareAnswered * 100))}</p>
      <p>
        {q.medianHoursToFirstAnswer === undefined
          ? strings.ReportNoFirstAnswer
          : fill(strings.ReportFirstAnswer, waitText(q.medianHoursToFirstAnswer))}
      </p>
    </>
  );
};
