/** Words for the Questions section: problems the domain and service return, and safe text with links. */
import * as React from 'react';
import * as strings from 'CommunityHomeWebPartStrings';
import type { QuestionProblem } from '../../../../domain/questions';
import { textParts } from '../../../../domain/textLinks';
import { describeError } from '../../../../ui/errors';
import { fill } from '../../../../ui/format';

const Q = strings.Questions;

export type Problem = QuestionProblem | { rule: 'reasonRequired' };

/** A rule the domain or the service refused, in words. */
export function problemText(p: Problem): string {
  const limit = 'min' in p ? p.min : 'max' in p ? p.max : 0;
  return fill(Q.Problems[p.rule], limit);
}

/** What went wrong with an action, in words, saying that what was typed is kept. */
export function actionError(e: unknown): string {
  const problem = (e as { problem?: Problem } | undefined)?.problem;
  if (problem && problem.rule in Q.Problems) return problemText(problem);
  return fill(Q.Failed, describeError(e));
}

/** Text someone wrote, shown as text: only http(s) addresses become links (textParts). */
export const WrittenText: React.FC<{ text: string; className?: string }> = ({ text, className }) => (
  <div className={className} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
    {textParts(text).map((p, i) =>
      'href' in p ? (
        <a key={i} href={p.href} target="_blank" rel="noopener noreferrer nofollow">
          {p.text}
        </a>
      ) : (
        <React.Fragment key={i}>{p.text}</React.Fragment>
      ),
    )}
  </div>
);
