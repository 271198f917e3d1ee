// The JSON Schema of the gazetteer format (media/gazetteer.schema.json), which the Red Hat YAML
// extension uses to complete and check users' files. Checked here with ajv: it accepts the good
// fixtures and every bundled file, rejects each bad fixture where the fixture says, and agrees with
// GeoLens's own loader (what the schema accepts, the loader loads without a problem).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { loadGazetteerSource } from '../../src/core/gazetteer/load';
import { ENTRY_KINDS, CASE_RULES } from '../../src/core/gazetteer/schema';
import { ROOT } from './helpers';

const SCHEMA_PATH = path.join(ROOT, 'media/gazetteer.schema.json');
const FIXTURES = path.join(ROOT, 'test/fixtures/schema');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile() && /\.ya?ml$/.test(item.name))
    .map((item) => path.join(item.parentPath, item.name))
    .sort();
}

function compileSchema(): ValidateFunction {
  // Strict mode catches typos in the schema's own keywords; the editor-only keywords the YAML and
  // JSON language services read are declared so strict mode accepts them. strictRequired is off:
  // the `else` branch (entries that are not `disabled: true`) names properties declared one level up.
  const ajv = new Ajv({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true });
  ajv.addKeyword('defaultSnippets');
  ajv.addKeyword('enumDescriptions');
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
}

function explain(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}

interface Expectation {
  at: string;
  property?: string;
}

function expectation(text: string, file: string): Expectation {
  const match = /^# expect: (\{.*\})$/m.exec(text);
  assert.ok(match, `${file} starts with "# expect: {...}"`);
  return JSON.parse(match[1]) as Expectation;
}

function propertyOf(error: ErrorObject): string | undefined {
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  return params.missingProperty ?? params.additionalProperty;
}

describe('gazetteer JSON Schema', () => {
  const validate = compileSchema();

  it('is a valid draft-07 schema whose enums match the loader', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as { $schema: string; definitions: Record<string, { enum?: string[]; enumDescriptions?: string[] }> };
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepEqual(schema.definitions.kind.enum, [...ENTRY_KINDS]);
    assert.deepEqual(schema.definitions.caseRule.enum, [...CASE_RULES]);
    assert.equal(schema.definitions.kind.enumDescriptions?.length, ENTRY_KINDS.length);
    assert.equal(schema.definitions.caseRule.enumDescriptions?.length, CASE_RULES.length);
  });

  describe('good fixtures: the schema accepts them and the loader loads them without a problem', () => {
    for (const file of yamlFiles(path.join(FIXTURES, 'good'))) {
      const name = path.relative(FIXTURES, file);
      it(name, () => {
        const text = readFileSync(file, 'utf8');
        assert.ok(validate(parse(text)), `${name}:\n${explain(validate.errors)}`);
        const { problems } = loadGazetteerSource({ file: name, text });
        assert.deepEqual(problems, [], `the loader agrees on ${name}`);
      });
    }
  });

  describe('bad fixtures: the schema rejects each where it says, and so does the loader', () => {
    for (const file of yamlFiles(path.join(FIXTURES, 'bad'))) {
      const name = path.relative(FIXTURES, file);
      it(name, () => {
        const text = readFileSync(file, 'utf8');
        const expected = expectation(text, name);
        assert.equal(validate(parse(text)), false, `${name} is rejected`);
        const errors = validate.errors ?? [];
        const hit = errors.some((e) => e.instancePath === expected.at && (expected.property === undefined || propertyOf(e) === expected.property));
        assert.ok(hit, `${name}: expected an error at "${expected.at}"${expected.property ? ` about "${expected.property}"` : ''}, got:\n${explain(errors)}`);
        const { problems } = loadGazetteerSource({ file: name, text });
        assert.ok(problems.length > 0, `the loader also reports a problem in ${name}`);
      });
    }
  });

  it('accepts every bundled gazetteer file (src/gazetteer/**/*.yaml)', () => {
    const files = yamlFiles(path.join(ROOT, 'src/gazetteer'));
    assert.ok(files.length >= 5, `found ${files.length} bundled files`);
    const failures: string[] = [];
    for (const file of files) {
      if (!validate(parse(readFileSync(file, 'utf8')))) failures.push(`${path.relative(ROOT, file)}:\n${explain(validate.errors).split('\n').slice(0, 10).join('\n')}`);
    }
    assert.deepEqual(failures, []);
  });

  it('is contributed for .geolens/gazetteer/**/*.yaml through yamlValidation', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { yamlValidation?: { fileMatch: string | string[]; url: string }[] } };
    const contribution = manifest.contributes.yamlValidation?.find((c) => c.url === './media/gazetteer.schema.json');
    assert.ok(contribution, 'package.json contributes.yamlValidation names ./media/gazetteer.schema.json');
    const patterns = ([] as string[]).concat(contribution.fileMatch);
    // yaml-language-server turns a pattern into a regular expression tested against the file's URI
    // (`*` → `.*`, anchored at the end only); newer VS Code JSON services prefix `**/` and glob.
    const simple = (pattern: string) => new RegExp(`${pattern.replace(/[-\\{}+?|^$.,[\]()#\s]/g, '\\$&').replace(/[*]/g, '.*')}$`);
    for (const uri of ['file:///w/.geolens/gazetteer/custom.yaml', 'file:///w/.geolens/gazetteer/team/people.yml', 'vscode-remote://remote/w/.geolens/gazetteer/a.yaml']) {
      assert.ok(patterns.some((p) => simple(p).test(uri)), `${uri} matches ${patterns.join(', ')}`);
    }
    assert.ok(!patterns.some((p) => simple(p).test('file:///w/config/other.yaml')));
  });
});
