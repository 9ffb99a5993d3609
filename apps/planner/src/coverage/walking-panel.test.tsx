import { MockedProvider } from '@apollo/client/testing/react';
import { LangProvider, type Lang } from '@carecircle/ui';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WalkingDefaultsQuery, WalkingPanel, useWalking } from './walking-panel.js';

let seen: ReturnType<typeof useWalking>['walking'] = null;

function Panel({ elevationLoaded }: { elevationLoaded?: boolean }) {
  const state = useWalking();
  seen = state.walking;
  return <WalkingPanel state={state} elevationLoaded={elevationLoaded} />;
}

function renderWith(coverage: { minutes: number; speed: number; profile?: string }, o: { lang?: Lang; elevationLoaded?: boolean } = {}) {
  return render(
    <LangProvider lang={o.lang ?? 'en'}>
      <MockedProvider
        mocks={[
          {
            request: { query: WalkingDefaultsQuery },
            result: { data: { __typename: 'Query', walkingDefaults: { __typename: 'WalkingDefaults', profile: 'STANDARD', ...coverage } } },
          },
        ]}
      >
        <Panel elevationLoaded={o.elevationLoaded} />
      </MockedProvider>
    </LangProvider>,
  );
}

describe('WalkingPanel', () => {
  afterEach(() => {
    cleanup();
    seen = null;
  });

  it('shows the walking inputs only once the server’s defaults are known, set to them', async () => {
    renderWith({ minutes: 15, speed: 1 });
    expect(screen.queryByTestId('minutes')).toBeNull();
    const minutes = (await screen.findByTestId('minutes')) as HTMLSelectElement;
    expect(minutes.value).toBe('15');
    expect((screen.getByTestId('speed') as HTMLInputElement).value).toBe('1');
    expect((screen.getByTestId('walk-profile') as HTMLSelectElement).value).toBe('STANDARD');
  });

  it('follows a changed server default, offering its minutes among the choices', async () => {
    renderWith({ minutes: 12, speed: 0.8, profile: 'ELDERLY' });
    const minutes = (await screen.findByTestId('minutes')) as HTMLSelectElement;
    expect(minutes.value).toBe('12');
    expect([...minutes.options].map((o) => o.value)).toEqual(['5', '10', '12', '15', '20']);
    expect((screen.getByTestId('speed') as HTMLInputElement).value).toBe('0.8');
    expect((screen.getByTestId('walk-profile') as HTMLSelectElement).value).toBe('ELDERLY');
  });

  it('offers the three profiles by name in Chinese, explains the chosen one, and passes it on', async () => {
    renderWith({ minutes: 15, speed: 1 }, { lang: 'zh-CN' });
    const profile = (await screen.findByTestId('walk-profile')) as HTMLSelectElement;
    expect([...profile.options].map((o) => [o.value, o.textContent])).toEqual([
      ['STANDARD', '标准步行'],
      ['ELDERLY', '老年人'],
      ['WHEELCHAIR', '轮椅使用者'],
    ]);
    expect(screen.getByTestId('walk-profile-hint').textContent).toContain('不考虑坡度和台阶');
    fireEvent.change(profile, { target: { value: 'ELDERLY' } });
    expect(screen.getByTestId('walk-profile-hint').textContent).toContain('Tobler');
    expect(seen?.profile).toBe('ELDERLY');
    fireEvent.change(profile, { target: { value: 'WHEELCHAIR' } });
    expect(screen.getByTestId('walk-profile-hint').textContent).toMatch(/台阶.*1:12/);
    expect(seen).toMatchObject({ minutes: 15, speed: 1, profile: 'WHEELCHAIR' });
  });

  it('says so when no elevation model is loaded, for the profiles that depend on slopes only', async () => {
    renderWith({ minutes: 15, speed: 1 }, { elevationLoaded: false });
    const profile = (await screen.findByTestId('walk-profile')) as HTMLSelectElement;
    expect(screen.queryByTestId('elevation-missing')).toBeNull();
    fireEvent.change(profile, { target: { value: 'WHEELCHAIR' } });
    expect(screen.getByTestId('elevation-missing').textContent).toContain('No elevation model loaded');
    cleanup();
    renderWith({ minutes: 15, speed: 1, profile: 'ELDERLY' }, { elevationLoaded: true });
    await screen.findByTestId('walk-profile');
    expect(screen.queryByTestId('elevation-missing')).toBeNull();
  });
});
