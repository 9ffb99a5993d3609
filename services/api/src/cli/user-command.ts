import { parseArgs } from 'node:util';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Division } from '../modules/divisions/division.entity.js';
import { AuthService } from '../modules/users/auth.service.js';
import { Role } from '../modules/users/role.js';
import { User } from '../modules/users/user.entity.js';

export const USER_HELP = `  user create <username> --role ADMIN|PLANNER|STREET_OFFICE|CIVIL_AFFAIRS|HEALTH_BUREAU|VIEWER
      [--division <code or name>] [--name <display name>]
                            创建账号；密码取自环境变量 CARECIRCLE_PASSWORD 或标准输入第一行
                            create an account; the password comes from CARECIRCLE_PASSWORD or the first line of standard input
  user reset-password <username>
                            重设密码（同上）并解除锁定 / set a new password (as above) and unlock the account`;

async function readPassword(): Promise<string> {
  if (process.env.CARECIRCLE_PASSWORD) return process.env.CARECIRCLE_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('密码 / password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (Buffer.concat(chunks).includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

function printErrors(err: unknown): number {
  const e = err as { message: string; extensions?: { fields?: { field: string; message: string }[] } };
  console.error(e.message);
  for (const f of e.extensions?.fields ?? []) console.error(`  ${f.field}: ${f.message}`);
  return 1;
}

export async function runUserCommand(args: string[], withOrm: <T>(fn: (orm: MikroORM) => Promise<T>) => Promise<T>): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, division: { type: 'string' }, name: { type: 'string' } },
  });
  const [action, username] = positionals;
  if (!username || !['create', 'reset-password'].includes(action)) {
    console.error(USER_HELP);
    return 1;
  }
  const password = await readPassword();
  return withOrm(async (orm) => {
    const em = orm.em.fork();
    const auth = new AuthService(em, 'zh');
    try {
      if (action === 'create') {
        const role = (values.role ?? '').toUpperCase() as Role;
        if (!Object.values(Role).includes(role)) {
          console.error(`--role 应为 / must be one of: ${Object.values(Role).join(', ')}`);
          return 1;
        }
        const division = values.division
          ? await em.findOne(Division, { $or: [{ code: values.division }, { name: values.division }] })
          : null;
        if (values.division && !division) {
          console.error(`辖区不存在 / no such division: ${values.division}`);
          return 1;
        }
        const user = await auth.createUser({
          username,
          displayName: values.name ?? username,
          role,
          divisionId: division?.id ?? null,
          password,
        });
        console.log(`已创建账号 / created account ${user.username} (${user.role})`);
      } else {
        const user = await em.findOne(User, { username: { $ilike: username } });
        if (!user) {
          console.error(`账号不存在 / no such account: ${username}`);
          return 1;
        }
        await auth.resetPassword(user.id, password);
        console.log(`已重设密码 / password reset for ${user.username}`);
      }
      return 0;
    } catch (err) {
      return printErrors(err);
    }
  });
}
