import type { MicroApp } from '@carecircle/ui';
import { AgreementsApp } from './agreements-app.js';

/** The health-bureau microfrontend (卫健委 / medical–elderly agreements): loaded by the shell at run time. */
const App: MicroApp = AgreementsApp;
export default App;
