import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type express from 'express';
import { pickLang, t } from './i18n.js';

/** Hex SHA-256 of an operation's text: its id in a manifest and in `extensions.persistedQuery.sha256Hash`. */
export function operationHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const HASH = /^(?:sha256:)?([0-9a-f]{64})$/;

/** A manifest that cannot be used: the server refuses to start rather than serve a wrong list. */
export class OperationManifestError extends Error {}

/**
 * The registered GraphQL operations (persisted documents): the admin apps' builds ship
 * `persisted-documents.json` (hash → text, written by graphql-codegen), and operators may add
 * their integrations' own files. A client sends an operation by its SHA-256 hash
 * (`extensions.persistedQuery.sha256Hash`, the Apollo persisted-query protocol) and the server
 * executes the stored text, never the client's.
 *
 * With `enforce` (production, unless GRAPHQL_ALLOW_ANY_OPERATION=1) nothing else is executed:
 * an unknown hash answers PERSISTED_QUERY_NOT_FOUND and a query sent as text OPERATION_NOT_ALLOWED.
 * Without it, unknown operations sent as text run as usual (development, tests, integrators).
 */
export class OperationRegistry {
  private readonly byHash = new Map<string, string>();
  /** Manifest files loaded, with the number of operations each brought. */
  readonly sources: { file: string; operations: number }[] = [];

  constructor(readonly enforce: boolean) {}

  get size(): number {
    return this.byHash.size;
  }

  /** Adds an operation's text and returns its hash. */
  register(text: string): string {
    const hash = operationHash(text);
    this.byHash.set(hash, text);
    return hash;
  }

  lookup(hash: string): string | undefined {
    const m = HASH.exec(hash.toLowerCase());
    return m ? this.byHash.get(m[1]) : undefined;
  }

  /** Loads a manifest (`{ "sha256:<hex>" | "<hex>": "<operation text>" }`), checking every hash against its text. */
  addManifest(file: string): number {
    let manifest: unknown;
    try {
      manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw new OperationManifestError(`operation manifest ${file}: ${(err as Error).message}`);
    }
    if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
      throw new OperationManifestError(`operation manifest ${file}: expected an object of hash → operation text`);
    }
    let count = 0;
    for (const [key, text] of Object.entries(manifest)) {
      const m = HASH.exec(key);
      if (!m || typeof text !== 'string')
        throw new OperationManifestError(`operation manifest ${file}: "${key.slice(0, 80)}" is not a SHA-256 hash of an operation text`);
      if (operationHash(text) !== m[1])
        throw new OperationManifestError(`operation manifest ${file}: the text under ${key} does not hash to it`);
      this.byHash.set(m[1], text);
      count++;
    }
    this.sources.push({ file, operations: count });
    return count;
  }

  /**
   * Express middleware in front of the GraphQL endpoint (after the JSON body parser): resolves a
   * registered hash to its text and, when enforcing, refuses everything else.
   */
  middleware(): express.RequestHandler {
    return (req, res, next) => {
      const lang = pickLang(req.headers['accept-language']);
      const refuse = (status: number, code: string, message: string) =>
        res
          .status(status)
          .set('cache-control', 'private, no-cache, must-revalidate')
          .json({ errors: [{ message, extensions: { code } }] });

      const get = req.method === 'GET';
      const mark = req.url.indexOf('?');
      const params = get ? new URLSearchParams(mark >= 0 ? req.url.slice(mark + 1) : '') : null;
      const body = get ? null : (req.body as Record<string, unknown> | undefined);
      if (!get && (!body || typeof body !== 'object' || Array.isArray(body))) return next(); // Apollo answers malformed requests itself.

      let extensions: unknown = get ? params!.get('extensions') : body!.extensions;
      if (get && typeof extensions === 'string') {
        try {
          extensions = JSON.parse(extensions);
        } catch {
          return next(); // Apollo answers that the extensions are not JSON.
        }
      }
      const persisted = extensions && typeof extensions === 'object' ? (extensions as Record<string, unknown>).persistedQuery : undefined;
      const query = get ? params!.get('query') : body!.query;

      if (persisted !== undefined) {
        const hash = persisted && typeof persisted === 'object' ? (persisted as Record<string, unknown>).sha256Hash : undefined;
        const text = typeof hash === 'string' ? this.lookup(hash) : undefined;
        if (text === undefined) {
          // An unknown hash: the Apollo client then resends the operation's text with it.
          if (typeof query === 'string' && this.enforce) return refuse(400, 'OPERATION_NOT_ALLOWED', t(lang, 'operationNotAllowed'));
          if (typeof query !== 'string') {
            return typeof hash === 'string'
              ? refuse(200, 'PERSISTED_QUERY_NOT_FOUND', t(lang, 'persistedQueryNotFound'))
              : refuse(400, 'BAD_REQUEST', t(lang, 'persistedQueryNoHash'));
          }
        }
        // Apollo Server's own automatic persisted queries are off: the extension is ours alone.
        const { persistedQuery: _, ...rest } = extensions as Record<string, unknown>;
        if (get) {
          params!.set('query', text ?? (query as string));
          if (Object.keys(rest).length) params!.set('extensions', JSON.stringify(rest));
          else params!.delete('extensions');
          req.url = `${mark >= 0 ? req.url.slice(0, mark) : req.url}?${params!.toString()}`;
        } else {
          body!.query = text ?? query;
          body!.extensions = rest;
        }
        return next();
      }
      if (this.enforce && query !== undefined && query !== null) {
        return refuse(400, 'OPERATION_NOT_ALLOWED', t(lang, 'operationNotAllowed'));
      }
      return next();
    };
  }
}

/**
 * The registry for a server: every built app's `dist/persisted-documents.json` under `appsDir`,
 * plus the extra manifest files an operator names.
 */
export function loadOperations(options: { enforce: boolean; appsDir: string; files?: string[] }): OperationRegistry {
  const registry = new OperationRegistry(options.enforce);
  const appManifests = fs.existsSync(options.appsDir)
    ? fs
        .readdirSync(options.appsDir)
        .map((name) => path.join(options.appsDir, name, 'dist', 'persisted-documents.json'))
        .filter((file) => fs.existsSync(file))
    : [];
  for (const file of [...appManifests, ...(options.files ?? [])]) registry.addManifest(file);
  return registry;
}
