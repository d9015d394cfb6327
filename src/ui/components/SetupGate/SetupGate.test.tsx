import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ISetupService, SetupReport } from '../../../domain/services';
import { SetupGate } from './SetupGate';

/** A setup service whose check answers each call with the next of `answers` (a report, or an error to throw). */
function setupAnswering(...answers: Array<SetupReport | Error>): ISetupService & { checks: number } {
  const service: ISetupService & { checks: number } = {
    checks: 0,
    check: async (): Promise<SetupReport> => {
      const answer = answers[Math.min(service.checks++, answers.length - 1)];
      if (answer instanceof Error) throw answer;
      return answer;
    },
    provision: async (): Promise<string[]> => [],
  };
  return service;
}
const READY: SetupReport = { ready: true, missingLists: [], missingFields: [] };
const feature = <p>The feature</p>;

describe('SetupGate (every web part checks the lists first)', () => {
  it('shows the loading view while checking, then the feature once the lists are there', async () => {
    render(<SetupGate setup={setupAnswering(READY)}>{feature}</SetupGate>);
    expect(screen.getByRole('status', { name: 'Loading…' })).toBeTruthy();
    expect(await screen.findByText('The feature')).toBeTruthy();
  });

  it('says setup is needed, naming what is missing, and never renders the feature', async () => {
    render(
      <SetupGate setup={setupAnswering({ ready: false, missingLists: ['Events'], missingFields: ['Memberships: Level'] })}>
        {feature}
      </SetupGate>,
    );
    expect(await screen.findByText(/Missing lists: Events/)).toBeTruthy();
    expect(screen.getByText(/Missing columns: Memberships: Level/)).toBeTruthy();
    expect(screen.queryByText('The feature')).toBeNull();
  });

  it('shows an error with a retry when the check itself fails, and checks again', async () => {
    const setup = setupAnswering(Object.assign(new Error('[503]'), { status: 503 }), READY);
    render(<SetupGate setup={setup}>{feature}</SetupGate>);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The feature')).toBeTruthy();
    expect(setup.checks).toBe(2);
  });

  it('its Try again also reads again what the view read beside the check', async () => {
    const setup = setupAnswering(Object.assign(new Error('[503]'), { status: 503 }), READY);
    const alsoRetry = jest.fn();
    render(
      <SetupGate setup={setup} onRetry={alsoRetry}>
        {feature}
      </SetupGate>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The feature')).toBeTruthy();
    expect(alsoRetry).toHaveBeenCalledTimes(1);
  });
});
