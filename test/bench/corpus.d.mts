export function rng(seed: number): () => number;
export function aliasDenseDocument(aliases: readonly string[], bytes: number, seed?: number): string;
