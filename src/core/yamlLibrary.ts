/**
 * The yaml library, evaluated the first time GeoLens reads or writes YAML (a user's gazetteer, an
 * article's front matter) instead of when the extension starts: the bundled gazetteer ships as
 * JSON, and evaluating the library's 260 KB took about 4 ms of every activation. Everything GeoLens
 * uses from it goes through here, so that no static import brings it back into start-up.
 */
import type * as Yaml from 'yaml';
import type { Document as YamlDocument, LineCounter as YamlLineCounter, Scalar, YAMLMap, YAMLSeq } from 'yaml';

let library: typeof Yaml | undefined;

function yaml(): typeof Yaml {
  // A require, not an import: esbuild bundles it as a module that runs on this first call.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (library ??= require('yaml') as typeof Yaml);
}

export function isMap<K = unknown, V = unknown>(node: unknown): node is YAMLMap<K, V> {
  return yaml().isMap(node);
}

export function isSeq<T = unknown>(node: unknown): node is YAMLSeq<T> {
  return yaml().isSeq(node);
}

export function isScalar<T = unknown>(node: unknown): node is Scalar<T> {
  return yaml().isScalar(node);
}

export function parseDocument(source: string, options?: Yaml.ParseOptions & Yaml.DocumentOptions & Yaml.SchemaOptions): YamlDocument.Parsed {
  return yaml().parseDocument(source, options);
}

export function parse(source: string): unknown {
  return yaml().parse(source);
}

export function stringify(value: unknown, options?: Yaml.DocumentOptions & Yaml.SchemaOptions & Yaml.ParseOptions & Yaml.CreateNodeOptions & Yaml.ToStringOptions): string {
  return yaml().stringify(value, options);
}

export function newDocument(value: unknown): YamlDocument {
  return new (yaml().Document)(value);
}

export function newLineCounter(): YamlLineCounter {
  return new (yaml().LineCounter)();
}
