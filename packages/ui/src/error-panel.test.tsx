import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, ErrorPanel } from './error-panel.js';
import { LangProvider } from './i18n.js';

function Thrower(): never {
  throw new Error('地图组件出错');
}

describe('ErrorBoundary', () => {
  it('shows an error panel in place of a child that throws, and keeps its siblings', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <LangProvider lang="en">
        <p>still here</p>
        <ErrorBoundary fallback={(error) => <ErrorPanel error={error} />}>
          <Thrower />
        </ErrorBoundary>
      </LangProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('This module cannot be shown');
    expect(screen.getByRole('alert').textContent).toContain('地图组件出错');
    expect(screen.getByText('still here')).toBeTruthy();
  });
});
