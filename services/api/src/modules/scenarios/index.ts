import { Scenario } from './scenario.entity.js';
import { ScenarioResolver } from './scenario.resolver.js';

/** What-if scenarios: compareScenario, saveScenario, scenarios, deleteScenario. */
export const entities = [Scenario];
export const resolvers = [ScenarioResolver] as const;
