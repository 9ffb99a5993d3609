import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LangProvider } from './i18n.js';
import { MapOverlay } from './map-overlay.js';

describe('MapOverlay', () => {
  it('names what each panel holds on its fold button, and folds only that panel', () => {
    render(
      <LangProvider lang="zh-CN">
        <MapOverlay holds="layers">
          <p>layer switches</p>
        </MapOverlay>
        <MapOverlay position="bottom-right" holds="legend">
          <p>legend items</p>
        </MapOverlay>
      </LangProvider>,
    );
    const layers = screen.getByRole('button', { name: '收起图层' });
    expect(screen.getByRole('button', { name: '收起图例' })).toBeTruthy();
    fireEvent.click(layers);
    expect(layers.textContent).toBe('图层');
    expect(layers.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('layer switches')).toBeNull();
    expect(screen.getByText('legend items')).toBeTruthy();
  });

  it('says "layers and legend" when it holds both, in English on request', () => {
    render(
      <LangProvider lang="en">
        <MapOverlay>
          <p>both</p>
        </MapOverlay>
      </LangProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Hide layers and legend' }));
    expect(screen.getByRole('button', { name: 'Layers and legend' })).toBeTruthy();
  });
});
