import { MockedProvider } from '@apollo/client/testing/react';
import { LangProvider } from '@carecircle/ui';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WalkingDefaultsQuery, WalkingPanel, useWalking } from './walking-panel.js';

function Panel() {
  return <WalkingPanel state={useWalking()} />;
}

function renderWith(coverage: { minutes: number; speed: number }) {
  return render(
    <LangProvider lang="en">
      <MockedProvider
        mocks={[
          { request: { query: WalkingDefaultsQuery }, result: { data: { coverage: { __typename: 'CoverageSummary', ...coverage } } } },
        ]}
      >
        <Panel />
      </MockedProvider>
    </LangProvider>,
  );
}

describe('WalkingPanel', () => {
  afterEach(cleanup);

  it('shows the walking inputs only once the server’s defaults are known, set to them', async () => {
    renderWith({ minutes: 15, speed: 1 });
    expect(screen.queryByTestId('minutes')).toBeNull();
    const minutes = (await screen.findByTestId('minutes')) as HTMLSelectElement;
    expect(minutes.value).toBe('15');
    expect((screen.getByTestId('speed') as HTMLInputElement).value).toBe('1');
  });

  it('follows a changed server default, offering its minutes among the choices', async () => {
    renderWith({ minutes: 12, speed: 0.8 });
    const minutes = (await screen.findByTestId('minutes')) as HTMLSelectElement;
    expect(minutes.value).toBe('12');
    expect([...minutes.options].map((o) => o.value)).toEqual(['5', '10', '12', '15', '20']);
    expect((screen.getByTestId('speed') as HTMLInputElement).value).toBe('0.8');
  });
});
