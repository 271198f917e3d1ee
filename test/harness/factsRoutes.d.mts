export type FactsRoute = { status: number; headers: Record<string, string>; body: string } | 'hang-up';
export function factsRoute(path: string, answer: string): FactsRoute;
export function startFactsServer(http: typeof import('node:http'), answer: string): Promise<{ base: string; close: () => void }>;
