// Types for layers.js (see there): the test imports it from TypeScript.
export declare const layers: Readonly<Record<string, readonly string[]>>;
export declare const storyFile: RegExp;
export declare const storyExtras: { readonly src: readonly string[]; readonly outside: readonly string[] };
export declare const reactFree: readonly string[];
export declare const reactPackages: readonly string[];
