import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * One client-preset output per app (the shell and the three microfrontends), from the checked-in
 * API schema. Documents and fragments live beside the components that use them; `pnpm codegen`
 * regenerates `src/gql/`.
 *
 * Persisted documents: every operation gets its SHA-256 hash (embedded in the document) and
 * `src/gql/persisted-documents.json` maps hash → text. Each app's build ships that file, the API
 * loads it, and in production it executes only those operations, sent by hash. `__typename` is
 * added to every selection here, as Apollo Client's cache would, so the stored text is exactly the
 * operation the client expects an answer to.
 */
export const apps = ['shell', 'planner', 'stations', 'agreements'];

const config: CodegenConfig = {
  schema: '../../services/api/schema.graphql',
  ignoreNoDocuments: true,
  generates: Object.fromEntries(
    apps.map((app) => [
      `../../apps/${app}/src/gql/`,
      {
        preset: 'client',
        documents: [
          `../../apps/${app}/src/**/*.tsx`,
          `../../apps/${app}/src/**/*.ts`,
          `!../../apps/${app}/src/gql/**`,
          `!../../apps/${app}/src/**/*.test.*`,
        ],
        documentTransforms: [addTypenameSelectionDocumentTransform],
        presetConfig: {
          fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
          persistedDocuments: { hashAlgorithm: 'sha256' },
        },
        config: { scalars: { GeoJSON: 'any', DateTimeISO: 'string' }, enumsAsTypes: true, useTypeImports: true },
      },
    ]),
  ),
};

export default config;
