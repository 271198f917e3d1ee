/**
 * Checking the shape of parsed JSON (a claims store, a claims export) with messages that say where
 * the problem is ("Claim "c1" of "a.md".anchor.position.start must be a whole number ≥ 0.").
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** The JSON parsed but is not the shape expected; the message names the place. */
export class JsonShapeError extends Error {
  override name = 'JsonShapeError';
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectObject(value: Json | undefined, where: string): JsonObject {
  if (!isObject(value)) throw new JsonShapeError(`${where} must be an object.`);
  return value;
}

export function expectString(value: Json | undefined, where: string): string {
  if (typeof value !== 'string') throw new JsonShapeError(`${where} must be text.`);
  return value;
}

export function optionalString(value: Json | undefined, where: string): string | undefined {
  return value === undefined || value === null ? undefined : expectString(value, where);
}

export function expectOffset(value: Json | undefined, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new JsonShapeError(`${where} must be a whole number ≥ 0.`);
  return value;
}

export function expectBoolean(value: Json | undefined, where: string): boolean {
  if (typeof value !== 'boolean') throw new JsonShapeError(`${where} must be true or false.`);
  return value;
}
