import type { MicroApp } from '@carecircle/ui';
import { PlannerApp } from './planner-app.js';

/** The planner microfrontend (规划): loaded by the shell at run time. */
const App: MicroApp = PlannerApp;
export default App;
