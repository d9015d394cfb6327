import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { QuestionsText } from './QuestionsText';

describe('QuestionsText (issue 16)', () => {
  it('says how many were asked, the share answered and how soon a first answer came, in hours or days', () => {
    const { rerender } = render(
      <QuestionsText questions={{ asked: 3, answered: 1, shareAnswered: 1 / 3, medianHoursToFirstAnswer: 26 }} />,
    );
    expect(screen.getByText('3 questions asked in the period; 33% answered.')).toBeTruthy();
    expect(screen.getByText('Half had a first answer within 26 hours.')).toBeTruthy();
    rerender(<QuestionsText questions={{ asked: 1, answered: 0, shareAnswered: 0, medianHoursToFirstAnswer: 80 }} />);
    expect(screen.getByText('1 question asked in the period; 0% answered.')).toBeTruthy();
    expect(screen.getByText('Half had a first answer within 3 days.')).toBeTruthy();
    rerender(<QuestionsText questions={{ asked: 2, answered: 0, shareAnswered: 0 }} />);
    expect(screen.getByText('None has had an answer from someone else yet.')).toBeTruthy();
  });

  it('says when none were asked, and when they could not be read', () => {
    const { rerender } = render(<QuestionsText questions={{ asked: 0, answered: 0, shareAnswered: 0 }} />);
    expect(screen.getByText('No questions were asked in the period.')).toBeTruthy();
    rerender(<QuestionsText />);
    expect(screen.getByText(/Questions couldn't be read just now/)).toBeTruthy();
  });
});
