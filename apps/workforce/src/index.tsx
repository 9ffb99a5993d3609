import type { MicroApp } from '@carecircle/ui';
import { WorkforceApp } from './workforce-app.js';

/** The workforce microfrontend (人才 / the elderly-care talent register): loaded by the shell at run time. */
const App: MicroApp = WorkforceApp;
export default App;
