// Types of metrics.mjs for the TypeScript tests that import it.
export declare const ratio: (n: number, d: number) => number | null;
export declare function prf(tp: number, fp: number, fn: number): { precision: number | null; recall: number | null; f1: number };
export declare function averagePrecision(items: readonly { score: number; gold: boolean }[]): number;
export declare function calibration(items: readonly { score: number; gold: boolean }[], bins?: number): { brier: number | null; ece: number | null };
export declare function plattScaling(z: readonly number[], y: readonly boolean[]): { a: number; b: number };
