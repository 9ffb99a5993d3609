import { defineConfig } from 'vitest/config';
import swc from 'unplugin-swc';
import { fileURLToPath } from 'node:url';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Workspace packages resolve to their sources, so tests need no build. */
const alias = {
  '@carecircle/walk-engine': src('./packages/walk-engine/src/index.ts'),
  '@carecircle/demo-district': src('./packages/demo-district/src/index.ts'),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'packages',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        plugins: [swc.vite({ module: { type: 'es6' } })],
        test: {
          name: 'api',
          environment: 'node',
          include: ['services/api/src/**/*.test.ts', 'test/api/**/*.test.ts'],
          setupFiles: ['reflect-metadata'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
