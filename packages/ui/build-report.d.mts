import type { Plugin } from 'vite';
export declare function reportSizes(appName: string, outDir: string): Plugin;
