import type { coverageMessages } from './coverage-messages.js';

type T = (key: keyof (typeof coverageMessages)['zh-CN'], params?: Record<string, string | number>) => string;

const STAGES = {
  queued: 'stageQueued',
  started: 'stageStarted',
  'reach and solve': 'stageReachSolve',
  distances: 'stageDistances',
  reach: 'stageReach',
  solve: 'stageSolve',
  exact: 'stageExact',
  done: 'stageDone',
  failed: 'stageFailed',
  cancelled: 'stageCancelled',
  canceled: 'stageCancelled',
} as const;

/** The stage of a long analysis in the interface language (an unknown stage as the server names it). */
export function stageLabel(stage: string, t: T): string {
  const key = STAGES[stage as keyof typeof STAGES];
  return key ? t(key) : stage;
}

/** The solver of a site suggestion in the interface language. */
export function solverLabel(solver: string, t: T): string {
  if (solver === 'milp') return t('solverMilp');
  if (solver.startsWith('greedy')) return t('solverGreedy');
  return solver;
}
