import type { Plugin, UserConfig } from 'vite';
export declare function microAppConfig(name: string, dir: string): UserConfig;
export declare function shipPersistedDocuments(dir: string, outDir: string): Plugin;
