import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '@carecircle/walk-engine';

/** The repository root and the built command line. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(REPO_ROOT, 'services/api/dist/cli/index.js');

/** A small deterministic PRNG (the walk engine's mulberry32), so generated inputs are the same on every run. */
export function rng(seed: number) {
  const next = mulberry32(seed);
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof rng>;

/** One HTTP answer: status, parsed JSON body (or null) and the time it took. */
export interface Answer {
  status: number;
  body: any;
  text: string;
  ms: number;
  /** Set when the request failed below HTTP (connection refused or reset). */
  networkError?: string;
}

/** POSTs raw bytes to a URL; never throws. */
export async function postRaw(
  url: string,
  body: string | Uint8Array,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<Answer> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, { method: 'POST', headers, body });
    const text = await res.text();
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: json, text, ms: performance.now() - t0 };
  } catch (err) {
    return { status: 0, body: null, text: '', ms: performance.now() - t0, networkError: String((err as Error).cause ?? err) };
  }
}

/** A GraphQL POST with an optional bearer token. */
export function gqlPost(url: string, token: string | null, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  return postRaw(`${url}/graphql`, JSON.stringify({ query, variables }), {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });
}

/** Percentile (nearest rank) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Open-model load (k6 "constant-arrival-rate"): starts `rate` iterations per second for
 * `durationMs`, each running `iteration(i)`, with at most `maxInFlight` at once (an iteration
 * that cannot start because of the cap is counted as dropped, as k6 does).
 */
export async function constantArrivalRate(options: {
  rate: number;
  durationMs: number;
  maxInFlight: number;
  iteration: (i: number) => Promise<void>;
}): Promise<{ started: number; dropped: number; elapsedMs: number }> {
  const { rate, durationMs, maxInFlight, iteration } = options;
  const t0 = performance.now();
  const running = new Set<Promise<void>>();
  let started = 0;
  let dropped = 0;
  let due = 0;
  while (performance.now() - t0 < durationMs) {
    const shouldHaveStarted = Math.floor(((performance.now() - t0) / 1000) * rate);
    while (due < shouldHaveStarted) {
      due++;
      if (running.size >= maxInFlight) {
        dropped++;
        continue;
      }
      const p = iteration(started++).finally(() => running.delete(p));
      running.add(p);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await Promise.all(running);
  return { started, dropped, elapsedMs: performance.now() - t0 };
}

/** A child process of a built script, with its output collected as it comes (`output()`) and at exit (`done`). */
export function spawnNode(
  script: string,
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; output: () => string; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> } {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, out })),
  );
  return { child, output: () => out, done };
}

/** The ID-number key the CLI runs with, as an operator's production environment gives it (a test value). */
const TEST_DATA_KEY = 'a1'.repeat(32);

/** A child process of the built CLI (as in production), with its output collected. */
export function spawnCli(args: string[], env: Record<string, string>) {
  return spawnNode(CLI, args, { DATABASE_URL: '', DATA_DIR: '', CARECIRCLE_DATA_KEY: TEST_DATA_KEY, ...env, NODE_ENV: 'production' });
}

/** Writes a facilities CSV of `rows` valid rows spread over a grid (no divisions needed), names prefixed. */
export function writeFacilitiesCsv(file: string, rows: number, prefix: string): void {
  const lines = ['name,kind,lon,lat,beds,address'];
  for (let i = 0; i < rows; i++) {
    const lon = (100 + (i % 1000) * 0.01).toFixed(5);
    const lat = (20 + Math.floor(i / 1000) * 0.01).toFixed(5);
    lines.push(`${prefix}${i},COMMUNITY_STATION,${lon},${lat},${i % 50},测试路${i}号`);
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every `everyMs` until it returns true or `timeoutMs` passes; returns whether it did. */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await sleep(everyMs);
  }
  return false;
}
