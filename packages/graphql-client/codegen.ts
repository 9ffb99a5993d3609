import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * One client-preset output per microfrontend, from the checked-in API schema. Documents and
 * fragments live beside the components that use them; `pnpm codegen` regenerates `src/gql/`.
 */
const apps = ['planner', 'stations', 'agreements'];

const config: CodegenConfig = {
  schema: '../../services/api/schema.graphql',
  ignoreNoDocuments: true,
  generates: Object.fromEntries(
    apps.map((app) => [
      `../../apps/${app}/src/gql/`,
      {
        preset: 'client',
        documents: [`../../apps/${app}/src/**/*.tsx`, `../../apps/${app}/src/**/*.ts`, `!../../apps/${app}/src/gql/**`],
        presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
        config: { scalars: { GeoJSON: 'any', DateTimeISO: 'string' }, enumsAsTypes: true, useTypeImports: true },
      },
    ]),
  ),
};

export default config;
