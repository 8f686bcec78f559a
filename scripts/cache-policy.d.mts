// Types for scripts/cache-policy.mjs, imported by scripts/hosting-headers.ts.
export declare const HASHED_ASSETS_DIR: string;
export declare const HASHED_ASSET_CACHE_CONTROL: string;
export declare const OTHER_FILE_CACHE_CONTROL: string;
export declare function cacheControlFor(path: string): string;
