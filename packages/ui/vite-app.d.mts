import type { UserConfig } from 'vite';
export declare function microAppConfig(name: string, dir: string): UserConfig;
