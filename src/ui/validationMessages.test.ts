import { problemMessage } from './validationMessages';
import type { ContentProblem } from '../domain/contentValidation';

describe('validation messages', () => {
  const cases: Array<[ContentProblem, string]> = [
    [{ rule: 'required' }, 'Title is required.'],
    [{ rule: 'tooLong', max: 2000, length: 2412 }, 'Title must be 2,000 characters or fewer (it has 2,412).'],
    [{ rule: 'notAChoice' }, 'Choose one of the options for Title.'],
    [{ rule: 'notHttpUrl' }, 'Title must be a web address starting with http:// or https://.'],
    [{ rule: 'notADate' }, 'Title must be a date.'],
    [{ rule: 'endBeforeStart' }, 'Title must be after the start.'],
    [{ rule: 'notHttpsUrl' }, 'Title must be a secure web address starting with https://.'],
    [{ rule: 'invalidRecurrence', detail: 'FREQ is missing' }, "Title isn't a repeat pattern we understand (FREQ is missing)."],
    [{ rule: 'tooMany', max: 20, count: 21 }, 'Title can have at most 20 entries (it has 21).'],
  ];
  it.each(cases)('words %j for a person', (problem, message) => {
    expect(problemMessage('Title', problem)).toBe(message);
  });
});
