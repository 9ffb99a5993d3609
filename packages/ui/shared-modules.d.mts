export declare const SHARED_MODULES: string[];
export declare function isShared(id: string): boolean;
