/**
 * How one stored thing is declared and read, pure (zod only): its key and area, its schema and
 * fallback, its version and migrations, the label people see, and whether a backup carries it.
 * The table of every stored thing is extension/storage.ts; this file is the rules each entry follows.
 *
 * Reading never loses anything. A value that does not match its schema is read field by field:
 * what matches is kept, the rest takes the fallback's field, and the value as it was is reported
 * as unreadable, so that the next write sets it aside instead of writing over it. A list is read
 * entry by entry: entries that match are the list, the others are unreadable; a stored list that
 * is not an array is unreadable whole and the list reads empty.
 */
import { z } from 'zod';
import type { MessageKey } from './i18n';

export type StorageArea = 'sync' | 'local';

/**
 * `migrations[n]` turns a value stored at version n − 1 into version n. They run in every context
 * when the item is first used (WXT's `defineItem`), and on a backup made before the change.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration takes what an older version wrote.
export type Migrations = Record<number, (old: any) => unknown>;

interface Declaration<T> {
  /** The key in the storage area; also the name of the part in a backup file. */
  key: string;
  area: StorageArea;
  /** What the person reads for it: the Privacy table, the import review, "could not be read". */
  label: MessageKey;
  /** Whether a backup file carries it. */
  backup: boolean;
  fallback: () => T;
  /** 1 when left out. */
  version?: number;
  migrations?: Migrations;
}

export interface ValueDeclaration<T> extends Declaration<T> {
  schema: z.ZodType<T>;
}

export interface ListDeclaration<E> extends Omit<Declaration<E[]>, 'fallback'> {
  /** Each entry's schema: one entry that does not match costs only itself. */
  entry: z.ZodType<E>;
  /** The most entries a save may hold (the domain's own rules drop the oldest first). */
  max?: number;
}

export interface Reading<T> {
  /** What the extension works with: always matches the schema. */
  value: T;
  /** What could not be read, as it is stored: list entries, or the whole stored value. */
  unreadable: unknown[];
}

export interface StoredThing<T> {
  readonly key: string;
  readonly area: StorageArea;
  readonly label: MessageKey;
  readonly backup: boolean;
  readonly version: number;
  readonly migrations: Migrations;
  readonly kind: 'value' | 'list';
  /** What a save and a backup must match, strictly. */
  readonly schema: z.ZodType<T>;
  fallback(): T;
  /** Reads what storage holds (undefined when nothing is stored). Never throws. */
  read(raw: unknown): Reading<T>;
}

export function storedValue<T>(declaration: ValueDeclaration<T>): StoredThing<T> {
  const { schema, fallback } = declaration;
  return {
    ...common(declaration),
    kind: 'value',
    schema,
    fallback,
    read(raw) {
      if (raw === undefined || raw === null) return { value: fallback(), unreadable: [] };
      const parsed = schema.safeParse(raw);
      if (parsed.success) return { value: parsed.data, unreadable: [] };
      return { value: salvage(schema, raw, fallback()), unreadable: [raw] };
    },
  };
}

export function storedList<E>(declaration: ListDeclaration<E>): StoredThing<E[]> {
  const { entry, max } = declaration;
  const schema = max === undefined ? z.array(entry) : z.array(entry).max(max);
  return {
    ...common(declaration),
    kind: 'list',
    schema,
    fallback: () => [],
    read(raw) {
      if (raw === undefined || raw === null) return { value: [], unreadable: [] };
      if (!Array.isArray(raw)) return { value: [], unreadable: [raw] };
      const value: E[] = [];
      const unreadable: unknown[] = [];
      for (const item of raw as unknown[]) {
        const parsed = entry.safeParse(item);
        if (parsed.success) value.push(parsed.data);
        else unreadable.push(item);
      }
      return { value, unreadable };
    },
  };
}

function common<T>(declaration: Omit<Declaration<T>, 'fallback'>) {
  return {
    key: declaration.key,
    area: declaration.area,
    label: declaration.label,
    backup: declaration.backup,
    version: declaration.version ?? 1,
    migrations: declaration.migrations ?? {},
  };
}

/** Runs a thing's migrations on a value written at version `from`, up to the current version. */
export function migrate(thing: Pick<StoredThing<unknown>, 'version' | 'migrations'>, raw: unknown, from: number): unknown {
  let value = raw;
  for (let version = Math.max(1, from) + 1; version <= thing.version; version++) {
    value = thing.migrations[version]?.(value) ?? value;
  }
  return value;
}

/** The schema under `.default()`, `.optional()`, `.nullable()`. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What can be read of a value that does not match: an object keeps each field that matches (a list
 * field keeps the entries that match) and takes the fallback's for the others. Anything else, or a
 * result that still does not match, is the fallback.
 */
function salvage<T>(schema: z.ZodType<T>, raw: unknown, fallback: T): T {
  const merged = salvageField(schema, raw, fallback);
  const parsed = schema.safeParse(merged);
  return parsed.success ? parsed.data : fallback;
}

function salvageField(schema: z.ZodType, raw: unknown, fallback: unknown): unknown {
  if (schema.safeParse(raw).success) return raw;
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject && isRecord(raw)) {
    const shape = inner.shape as Record<string, z.ZodType>;
    const base = isRecord(fallback) ? fallback : {};
    const out: Record<string, unknown> = { ...base };
    for (const [field, fieldSchema] of Object.entries(shape)) {
      if (raw[field] === undefined) continue;
      out[field] = salvageField(fieldSchema, raw[field], base[field]);
    }
    return schema.safeParse(out).success ? out : fallback;
  }
  if (inner instanceof z.ZodArray && Array.isArray(raw)) {
    const element = inner.element as z.ZodType;
    const kept = (raw as unknown[]).filter((item) => element.safeParse(item).success);
    // Nothing of a list that had entries could be read: the fallback's list, not an empty one.
    if (kept.length === 0 && raw.length > 0) return fallback;
    return schema.safeParse(kept).success ? kept : fallback;
  }
  return fallback;
}
