export * from './labels.js';
export * from './facility-kinds.js';
export * from './coverage-groups.js';
export * from './circle.js';
export * from './walking.js';
export * from './targets.js';
export * from './permissions.js';
export * from './facility-workflow.js';
