import type { MicroApp } from '@carecircle/ui';
import { StationsApp } from './stations-app.js';

/** The street-office microfrontend (街道 / station registry): loaded by the shell at run time. */
const App: MicroApp = StationsApp;
export default App;
