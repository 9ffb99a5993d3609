// Standalone development entry: `pnpm --filter @carecircle/app-workforce dev` with the API on localhost:4000.
import '@carecircle/ui/ui.css';
import { runStandalone } from '@carecircle/ui/dev-host';
import App from './index.js';

runStandalone(App, '/');
