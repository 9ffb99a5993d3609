import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { loadOperations, operationHash, OperationManifestError, OperationRegistry } from './persisted-operations.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carecircle-ops-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('operation manifests', () => {
  const text = 'query A { __typename }';

  it('loads hashes with or without the sha256: prefix, and checks each against its text', () => {
    const registry = new OperationRegistry(true);
    expect(registry.addManifest(write('ok.json', { [`sha256:${operationHash(text)}`]: text, [operationHash('{ b }')]: '{ b }' }))).toBe(2);
    expect(registry.lookup(operationHash(text))).toBe(text);
    expect(registry.lookup(`sha256:${operationHash('{ b }')}`)).toBe('{ b }');
    expect(registry.lookup(operationHash(text).toUpperCase())).toBe(text);
    expect(registry.lookup('not a hash')).toBeUndefined();
  });

  it('refuses a manifest whose text does not hash to its key, or that is not a hash map', () => {
    const registry = new OperationRegistry(true);
    expect(() => registry.addManifest(write('tampered.json', { [operationHash(text)]: 'mutation Evil { __typename }' }))).toThrow(
      /does not hash to it/,
    );
    expect(() => registry.addManifest(write('key.json', { md5abc: text }))).toThrow(OperationManifestError);
    expect(() => registry.addManifest(write('array.json', [text]))).toThrow(/expected an object/);
    expect(() => registry.addManifest(write('broken.json', '{'))).toThrow(/broken\.json/);
    expect(() => registry.addManifest(path.join(dir, 'missing.json'))).toThrow(/missing\.json/);
    expect(registry.size).toBe(0);
  });

  it('collects the built apps’ manifests and the operator’s extra files', () => {
    const apps = path.join(dir, 'apps');
    write('apps/one/dist/persisted-documents.json', { [operationHash(text)]: text });
    write('apps/two/dist/persisted-documents.json', { [operationHash('{ c }')]: '{ c }' });
    fs.mkdirSync(path.join(apps, 'unbuilt'), { recursive: true });
    const extra = write('integration.json', { [operationHash('{ d }')]: '{ d }' });
    const registry = loadOperations({ enforce: true, appsDir: apps, files: [extra] });
    expect(registry.size).toBe(3);
    expect(registry.sources.map((s) => path.relative(dir, s.file)).sort()).toEqual([
      'apps/one/dist/persisted-documents.json',
      'apps/two/dist/persisted-documents.json',
      'integration.json',
    ]);
    expect(loadOperations({ enforce: false, appsDir: path.join(dir, 'nowhere') }).size).toBe(0);
  });

  it('reads the production switches from the environment', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ production: true, allowAnyOperation: false, operationFiles: [] });
    const config = loadConfig({ GRAPHQL_ALLOW_ANY_OPERATION: '1', GRAPHQL_OPERATIONS: ['a.json', ' /b.json '].join(path.delimiter) });
    expect(config.allowAnyOperation).toBe(true);
    expect(config.operationFiles).toEqual([path.resolve('a.json'), '/b.json']);
  });
});
