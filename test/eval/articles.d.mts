// Types of the part of articles.mjs that the TypeScript tests import.
export declare function sameSpeaker(gold: string, predicted: { name: string; id?: string } | null, goldId?: string): boolean;
