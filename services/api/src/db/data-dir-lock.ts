import fs from 'node:fs';
import path from 'node:path';

/** Thrown when another live process owns the embedded database directory. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `嵌入式数据库目录 ${dataDir} 正被进程 ${pid} 使用，请先停止该进程（例如正在运行的 pnpm start），或用 DATA_DIR 指定另一个目录。\n` +
        `The embedded database in ${dataDir} is in use by process ${pid}. Stop that process (for example a running "pnpm start") or point DATA_DIR elsewhere.`,
    );
    this.name = 'DataDirInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Lock files this process holds, so a second open inside one process is refused too. */
const held = new Set<string>();

/**
 * Takes the exclusive lock on an embedded data directory: one process at a time.
 * A lock left by a process that no longer runs is taken over.
 * @returns a function that releases the lock.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'carecircle.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockFile, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      held.add(lockFile);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held.delete(lockFile);
        try {
          if (fs.readFileSync(lockFile, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(lockFile, 'utf8').trim());
      const ours = owner === process.pid && held.has(lockFile);
      if (ours || (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner))) {
        throw new DataDirInUseError(dataDir, owner);
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock ${lockFile}`);
}
