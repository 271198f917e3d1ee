// Types for the parts of physical.mjs the unit tests read (the generator itself is plain ESM).
export interface WaterItem {
  local: string;
  name: string;
  role: 'source' | 'mouth' | undefined;
  shared: [string, 'source' | 'mouth' | undefined][];
  amount: string;
}
export function parseWaterItems(text: string): WaterItem[];
export function lakeName(name: string): string;
export function buildPhysical(meta: unknown, countries: unknown[], existing: unknown[], options: { aliasKey: (text: string) => string }): { entries: unknown[]; skipped: string[] };
