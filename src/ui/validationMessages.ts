/** Words for validation problems, from the shared loc/ strings, naming the field the person sees. */
import * as strings from 'CopHubSharedStrings';
import type { ContentProblem } from '../domain/contentValidation';

function fill(template: string, ...values: Array<string | number>): string {
  return values.reduce<string>((s, v, i) => s.split(`{${i}}`).join(String(v)), template);
}

export function problemMessage(label: string, p: ContentProblem): string {
  switch (p.rule) {
    case 'required':
      return fill(strings.ProblemRequired, label);
    case 'tooLong':
      return fill(strings.ProblemTooLong, label, p.max.toLocaleString('en-GB'), p.length.toLocaleString('en-GB'));
    case 'notAChoice':
      return fill(strings.ProblemNotAChoice, label);
    case 'notHttpUrl':
      return fill(strings.ProblemNotHttpUrl, label);
    case 'notHttpsUrl':
      return fill(strings.ProblemNotHttpsUrl, label);
    case 'notADate':
      return fill(strings.ProblemNotADate, label);
    case 'endBeforeStart':
      return fill(strings.ProblemEndBeforeStart, label);
    case 'invalidRecurrence':
      return fill(strings.ProblemInvalidRecurrence, label, p.detail);
    case 'tooMany':
      return fill(strings.ProblemTooMany, label, p.max, p.count);
    case 'notWholeNumber':
      return fill(strings.ProblemNotWholeNumber, label, p.min, p.max.toLocaleString('en-GB'));
    case 'afterStart':
      return fill(strings.ProblemAfterStart, label);
  }
}
