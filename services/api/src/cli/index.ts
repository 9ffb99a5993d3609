import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { DataDirInUseError } from '../db/data-dir-lock.js';
import { openDatabase } from '../db/database.js';
import { seedDemoIfEmpty } from '../db/seed-demo.js';
import { createSchema, schemaSDL } from '../schema.js';
import { EXPORT_HELP, runExportCommand } from './export-command.js';
import { runUserCommand, USER_HELP } from './user-command.js';
import { IMPORT_HELP, runImportCommand } from './import-command.js';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCHEMA_FILE = path.join(apiRoot, 'schema.graphql');

const HELP = `CareCircle 命令行 / command line

用法 / usage: pnpm cli <command> [options]

  schema [--check]   把 GraphQL 模式写入 services/api/schema.graphql；--check 只检查是否最新
                     write the GraphQL schema to services/api/schema.graphql; --check only verifies it
  migrate            执行数据库迁移 / apply database migrations
  seed-demo          空数据库时载入示例区县（合成数据）/ load the demo district into an empty database
${IMPORT_HELP}
${EXPORT_HELP}
${USER_HELP}

使用与 pnpm start 相同的数据库：DATABASE_URL，或 DATA_DIR（默认 ./.data）中的嵌入式数据库。
Uses the same database as pnpm start: DATABASE_URL, or the embedded database in DATA_DIR (default ./.data).`;

async function withDatabase<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const db = await openDatabase(loadConfig());
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'schema': {
      const { values } = parseArgs({ args: rest, options: { check: { type: 'boolean', default: false } } });
      const sdl = schemaSDL(await createSchema());
      if (values.check) {
        const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
        if (current !== sdl) {
          console.error(`${SCHEMA_FILE} 已过期，请运行 pnpm cli schema / is stale; run "pnpm cli schema"`);
          return 1;
        }
        console.log('schema.graphql 为最新 / is up to date');
        return 0;
      }
      fs.writeFileSync(SCHEMA_FILE, sdl);
      console.log(`已写入 / wrote ${SCHEMA_FILE}`);
      return 0;
    }
    case 'migrate':
      await withDatabase(async () => console.log('迁移完成 / migrations applied'));
      return 0;
    case 'seed-demo':
      return withDatabase(async (db) => {
        const seeded = await seedDemoIfEmpty(db.orm, console.log);
        console.log(seeded ? '已载入示例区县 / demo district loaded' : '数据库非空，未载入 / the database is not empty; nothing loaded');
        return 0;
      });
    case 'import':
      return runImportCommand(rest);
    case 'user':
      return runUserCommand(rest, (fn) => withDatabase((db) => fn(db.orm)));
    case 'export':
      return runExportCommand(rest, (fn) => withDatabase((db) => fn(db.orm)));
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(HELP);
      return command ? 0 : 1;
    default:
      console.error(`未知命令 / unknown command: ${command}\n\n${HELP}`);
      return 1;
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  runCli(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((err) => {
      console.error(err instanceof DataDirInUseError ? err.message : err);
      process.exit(err instanceof DataDirInUseError ? 2 : 1);
    });
}
