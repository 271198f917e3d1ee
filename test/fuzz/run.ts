/**
 * `npm run fuzz`: the long run of the properties in properties.ts and incremental.ts (the bounded one is in npm test).
 *   npm run fuzz                     100,000+ inputs from the seed 1
 *   npm run fuzz -- --scale 0.1      a tenth of that
 *   npm run fuzz -- --seed 20261246  replays one seed in every family, with its input
 * Every failure prints its family, seed and the start of its input; the exit code is 1 if any.
 * Also reported (never a failure of the properties): calls slower than 50 ms per 10 KB of input.
 */
import { editScriptCase, incrementalProperty } from './incremental';
import { documentCase, documentProperty, gazetteerCase, gazetteerProperty, sessionProperty, storeFileCase, storeFileProperty } from './properties';

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const replay = flag('--seed') !== undefined ? Number(flag('--seed')) : undefined;
const scale = Number(flag('--scale') ?? '1');
const START = Number(flag('--start') ?? '1');
const SLOW_MS_PER_10KB = 50;

interface Family {
  name: string;
  count: number;
  /** Report calls over the time limit (documents: annotate, claims, cards and exports of one input). */
  timeLimit?: boolean;
  run: (seed: number) => Promise<{ input: string; ms: number }>;
}

const timed = async (input: string, check: (input: string) => void | Promise<void>) => {
  const started = performance.now();
  await check(input);
  return { input, ms: performance.now() - started };
};

const families: Family[] = [
  { name: 'documents', count: 25_000, timeLimit: true, run: (seed) => timed(documentCase(seed, 200), documentProperty) },
  { name: 'gazetteers', count: 35_000, run: (seed) => timed(gazetteerCase(seed), gazetteerProperty) },
  { name: 'store files', count: 40_000, run: (seed) => timed(storeFileCase(seed), storeFileProperty) },
  { name: 'sessions', count: 1_000, run: async (seed) => timed(`session ${seed}`, () => sessionProperty(seed, 60)) },
  // Incremental annotation against annotate (the bounded run in npm test takes the first 5,000 seeds).
  { name: 'edit scripts', count: 20_000, run: async (seed) => { const script = editScriptCase(seed); return timed(script.text, () => incrementalProperty(script)); } },
];

async function main(): Promise<void> {
  let failures = 0;
  let total = 0;
  const started = performance.now();
  for (const family of families) {
    const seeds = replay !== undefined ? [replay] : Array.from({ length: Math.max(1, Math.round(family.count * scale)) }, (_, i) => START + i);
    let slow = 0;
    let worst = { seed: 0, msPer10Kb: 0 };
    const familyStarted = performance.now();
    // The first calls compile the code (JIT) and load the claims model: not counted as slow.
    if (family.timeLimit && replay === undefined) for (let i = 0; i < 20; i++) await family.run(-1 - i).catch(() => undefined);
    for (const seed of seeds) {
      total++;
      try {
        const { input, ms } = await family.run(seed);
        const msPer10Kb = (ms * 10_240) / Math.max(10_240, input.length * 2);
        if (family.timeLimit && msPer10Kb > worst.msPer10Kb) worst = { seed, msPer10Kb };
        if (family.timeLimit && msPer10Kb > SLOW_MS_PER_10KB) {
          slow++;
          console.log(`slow [${family.name}] seed ${seed}: ${ms.toFixed(1)} ms for ${input.length} characters`);
        }
        if (replay !== undefined) console.log(`[${family.name}] seed ${seed}: ok (${ms.toFixed(1)} ms) ${JSON.stringify(input.slice(0, 500))}`);
      } catch (error) {
        failures++;
        console.log(`FAIL [${family.name}] seed ${seed}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const timing = family.timeLimit ? `; ${slow} over ${SLOW_MS_PER_10KB} ms per 10 KB; slowest seed ${worst.seed} at ${worst.msPer10Kb.toFixed(1)} ms per 10 KB` : '';
    console.log(`${family.name}: ${seeds.length} inputs in ${((performance.now() - familyStarted) / 1000).toFixed(1)} s${timing}`);
  }
  console.log(`fuzz: ${total} inputs, ${failures} failures, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${total - failures} passed, ${failures} failed`);
  process.exitCode = failures > 0 ? 1 : 0;
}

void main();
