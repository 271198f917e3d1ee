// The bounded fuzz and property suite of `npm test` (the long run is `npm run fuzz`): a few thousand
// generated inputs, each from a seed printed on failure. test/fuzz/properties.ts says what is checked.
import { documentCase, documentProperty, gazetteerCase, gazetteerProperty, sessionProperty, storeFileCase, storeFileProperty } from '../fuzz/properties';

const BASE = 20261205;

function withSeed(seed: number, input: string, check: (input: string) => void): void {
  try {
    check(input);
  } catch (error) {
    throw new Error(`seed ${seed} (replay: npm run fuzz -- --seed ${seed}): ${error instanceof Error ? error.message : String(error)}\ninput: ${JSON.stringify(input.slice(0, 300))}`);
  }
}

describe('fuzz: properties over generated inputs', function () {
  this.timeout(120_000);

  it('documents: annotate, claims, cards and exports hold on 300 documents', () => {
    for (let seed = BASE; seed < BASE + 300; seed++) withSeed(seed, documentCase(seed), documentProperty);
  });

  it('gazetteers: 1,000 random YAML files load and layer without throwing, problems inside the file', () => {
    for (let seed = BASE; seed < BASE + 1000; seed++) withSeed(seed, gazetteerCase(seed), gazetteerProperty);
  });

  it('store files: 2,000 damaged stores parse or are refused, and what parses writes back the same', () => {
    for (let seed = BASE; seed < BASE + 2000; seed++) withSeed(seed, storeFileCase(seed), storeFileProperty);
  });

  it('sessions: 100 random sequences of notes, edits, saves, reloads and a second writer lose no note', async () => {
    for (let seed = BASE; seed < BASE + 100; seed++) await sessionProperty(seed);
  });
});
