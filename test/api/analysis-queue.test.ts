import { describe, expect, it } from 'vitest';
import { AnalysisQueue } from '@carecircle/api/dist/modules/network/analysis-queue.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A task that resolves when told to, noting when it started. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const done = new Promise<void>((r) => (open = r));
  return { open: () => open(), run: async () => (log.push(name), await done, name) };
}

describe('the analysis queue', () => {
  it('runs at most `total` at once and `perUser` of one user; the others wait in order, other users first when one is at its limit', async () => {
    const q = new AnalysisQueue({ total: 2, perUser: 1, waitingPerUser: 10, waiting: 10, timeMs: 10_000 });
    const log: string[] = [];
    const a1 = gate(log, 'a1');
    const a2 = gate(log, 'a2');
    const b1 = gate(log, 'b1');
    const c1 = gate(log, 'c1');
    const runs = [
      q.run('a', undefined, 'en', a1.run),
      q.run('a', undefined, 'en', a2.run),
      q.run('b', undefined, 'en', b1.run),
      q.run('c', undefined, 'en', c1.run),
    ];
    await sleep(10);
    expect(log).toEqual(['a1', 'b1']);
    expect(q.stats()).toEqual({ running: 2, waiting: 2 });
    b1.open();
    await sleep(10);
    // a's second waits for a (at its own limit); c, behind it, may start
    expect(log).toEqual(['a1', 'b1', 'c1']);
    a1.open();
    await sleep(10);
    expect(log).toEqual(['a1', 'b1', 'c1', 'a2']);
    c1.open();
    a2.open();
    expect(await Promise.all(runs)).toEqual(['a1', 'a2', 'b1', 'c1']);
    expect(q.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('drops a waiting analysis whose caller goes away, and refuses one more than may wait (TOO_MANY_REQUESTS)', async () => {
    const q = new AnalysisQueue({ total: 1, perUser: 1, waitingPerUser: 2, waiting: 10, timeMs: 10_000 });
    const log: string[] = [];
    const first = gate(log, 'first');
    const running = q.run('a', undefined, 'en', first.run);
    const gone = new AbortController();
    let ran = false;
    const waiting = q.run('a', gone.signal, 'en', async () => (ran = true));
    const third = q.run('a', undefined, 'en', async () => 'third');
    await expect(q.run('a', undefined, 'en', async () => 'fourth')).rejects.toMatchObject({
      extensions: { code: 'TOO_MANY_REQUESTS' },
      message: 'Too many analyses are waiting (2); try again when earlier ones have finished.',
    });
    gone.abort(new Error('client went away'));
    await expect(waiting).rejects.toThrow('client went away');
    first.open();
    expect(await running).toBe('first');
    expect(await third).toBe('third');
    expect(ran).toBe(false);
  });

  it('cancels an analysis past its time budget and says so (BAD_USER_INPUT)', async () => {
    const q = new AnalysisQueue({ total: 1, perUser: 1, waitingPerUser: 2, waiting: 10, timeMs: 50 });
    let seen: AbortSignal | null = null;
    const slow = (signal: AbortSignal) =>
      new Promise((_, reject) => {
        seen = signal;
        signal.addEventListener('abort', () => reject(signal.reason));
      });
    await expect(q.run('a', undefined, 'zh', slow)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'analysis', message: '分析超过 1 秒仍未完成，已停止。请缩小范围后重试。' }] },
    });
    expect(seen!.aborted).toBe(true);
    expect(q.stats()).toEqual({ running: 0, waiting: 0 });
  });
});
