/**
 * Libraries that load once in the browser and are shared by the shell and every microfrontend,
 * through the shell's import map. Each app's build leaves these imports bare (external).
 */
export const SHARED_MODULES = [
  'react',
  'react/jsx-runtime',
  'react-dom',
  'react-dom/client',
  '@apollo/client',
  '@apollo/client/react',
  '@apollo/client/link/persisted-queries',
  'maplibre-gl',
  '@carecircle/ui',
];

/** Is an import one of the shared modules (so the build must leave it to the import map)? */
export function isShared(id) {
  return SHARED_MODULES.includes(id);
}
