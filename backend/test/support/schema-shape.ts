// The shape of a database schema, compared in the drift test: once as the Prisma schema says it should be
// (from Prisma's own DMMF) and once as PostgreSQL really has it after the migrations.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import pg from 'pg';

export interface Shape {
  /** "table.column" → "type null|not null default|no default". */
  columns: Set<string>;
  /** "table(cols) primary|unique|index". */
  indexes: Set<string>;
  /** "table(cols) -> table(cols) on delete ACTION". */
  foreignKeys: Set<string>;
  /** "enum: values". */
  enums: Set<string>;
}

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isRequired: boolean;
  isList: boolean;
  hasDefaultValue: boolean;
  default?: { name?: string } | string | number | boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { fields: string[] } | null;
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: Array<{
      name: string;
      dbName?: string | null;
      values: Array<{ name: string; dbName?: string | null }>;
    }>;
    indexes: Array<{
      model: string;
      type: 'id' | 'unique' | 'normal' | 'fulltext';
      fields: Array<{ name: string }>;
    }>;
  };
}

// Defaults Prisma's client fills in itself: the database has no default for them.
const CLIENT_SIDE_DEFAULTS = new Set(['uuid', 'cuid', 'nanoid', 'ulid']);

function postgresType(field: DmmfField, enumNames: Map<string, string>): string {
  if (field.kind === 'enum') return enumNames.get(field.type) ?? field.type;
  const native = field.nativeType?.[0];
  const args = field.nativeType?.[1] ?? [];
  switch (field.type) {
    case 'String':
      return native === 'Uuid'
        ? 'uuid'
        : native === 'VarChar'
          ? `character varying(${args[0] ?? ''})`
          : 'text';
    case 'Int':
      return 'integer';
    case 'BigInt':
      return 'bigint';
    case 'Boolean':
      return 'boolean';
    case 'Float':
      return 'double precision';
    case 'Decimal':
      return 'numeric';
    case 'Json':
      return 'jsonb';
    case 'Bytes':
      return 'bytea';
    case 'DateTime': {
      const precision = args[0] ?? '3';
      if (native === 'Date') return 'date';
      return native === 'Timestamptz' ? `timestamptz(${precision})` : `timestamp(${precision})`;
    }
    default:
      throw new Error(`The drift test does not know how Prisma maps ${field.type}; teach it.`);
  }
}

/** What the Prisma schema at `schemaPath` says the database should contain. */
export async function expectedShape(schemaPath: string): Promise<Shape> {
  const require = createRequire(import.meta.url);
  const wasm = require('@prisma/prisma-schema-wasm') as { get_dmmf(params: string): string };
  const schema = await readFile(schemaPath, 'utf8');
  const dmmf = JSON.parse(
    wasm.get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schema]] })),
  ) as Dmmf;
  const { models, enums, indexes } = dmmf.datamodel;
  const enumNames = new Map(enums.map((e) => [e.name, e.dbName ?? e.name]));
  const tables = new Map(models.map((model) => [model.name, model]));
  const table = (model: DmmfModel) => model.dbName ?? model.name;
  const column = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((candidate) => candidate.name === fieldName);
    if (!field) throw new Error(`${model.name} has no field ${fieldName}`);
    return field.dbName ?? field.name;
  };
  const shape: Shape = { columns: new Set(), indexes: new Set(), foreignKeys: new Set(), enums: new Set() };
  for (const e of enums)
    shape.enums.add(`${e.dbName ?? e.name}: ${e.values.map((v) => v.dbName ?? v.name).join(',')}`);
  for (const model of models) {
    for (const field of model.fields) {
      if (field.kind === 'object') {
        const from = field.relationFromFields ?? [];
        if (from.length === 0) continue;
        const target = tables.get(field.type);
        if (!target) throw new Error(`Unknown relation target ${field.type}`);
        const onDelete = (field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull'))
          .replace(/([a-z])([A-Z])/g, '$1 $2')
          .toUpperCase();
        shape.foreignKeys.add(
          `${table(model)}(${from.map((f) => column(model, f)).join(',')}) -> ${table(target)}(${(
            field.relationToFields ?? []
          )
            .map((f) => column(target, f))
            .join(',')}) on delete ${onDelete}`,
        );
        continue;
      }
      const dbDefault =
        field.hasDefaultValue &&
        !(typeof field.default === 'object' && CLIENT_SIDE_DEFAULTS.has(field.default.name ?? ''));
      const type = postgresType(field, enumNames) + (field.isList ? '[]' : '');
      // Prisma creates scalar-list columns without NOT NULL (its client never writes NULL to them).
      const required = field.isRequired && !field.isList;
      shape.columns.add(
        `${table(model)}.${field.dbName ?? field.name} ${type} ${required ? 'not null' : 'null'} ${dbDefault ? 'default' : 'no default'}`,
      );
    }
  }
  for (const index of indexes) {
    const model = tables.get(index.model);
    if (!model || index.type === 'fulltext') continue;
    const kind = index.type === 'id' ? 'primary' : index.type === 'unique' ? 'unique' : 'index';
    shape.indexes.add(`${table(model)}(${index.fields.map((f) => column(model, f.name)).join(',')}) ${kind}`);
  }
  return shape;
}

const DELETE_ACTIONS: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

/** What the database at `url` really contains (public schema, Prisma's bookkeeping table left out). */
export async function actualShape(url: string): Promise<Shape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const shape: Shape = { columns: new Set(), indexes: new Set(), foreignKeys: new Set(), enums: new Set() };
    const columns = await client.query<{
      t: string;
      c: string;
      type: string;
      notnull: boolean;
      hasdefault: boolean;
    }>(`
      SELECT cl.relname AS t, a.attname AS c,
             replace(replace(format_type(a.atttypid, a.atttypmod), 'timestamp with time zone', 'timestamptz'),
                     'timestamp without time zone', 'timestamp') AS type,
             a.attnotnull AS notnull, a.atthasdef AS hasdefault
      FROM pg_attribute a JOIN pg_class cl ON cl.oid = a.attrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE n.nspname = 'public' AND cl.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        AND cl.relname <> '_prisma_migrations'`);
    for (const row of columns.rows) {
      // format_type writes "timestamptz(3)" as "timestamp(3) with time zone".
      const type = row.type
        .replaceAll('"', '')
        .replace(/^timestamp\((\d+)\) with time zone$/, 'timestamptz($1)')
        .replace(/^timestamp\((\d+)\) without time zone$/, 'timestamp($1)');
      shape.columns.add(
        `${row.t}.${row.c} ${type} ${row.notnull ? 'not null' : 'null'} ${row.hasdefault ? 'default' : 'no default'}`,
      );
    }
    const indexes = await client.query<{ t: string; cols: string; primary: boolean; unique: boolean }>(`
      SELECT cl.relname AS t, i.indisprimary AS primary, i.indisunique AS unique,
             string_agg(a.attname, ',' ORDER BY k.ord) AS cols
      FROM pg_index i JOIN pg_class cl ON cl.oid = i.indrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
      CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
      WHERE n.nspname = 'public' AND cl.relname <> '_prisma_migrations'
      GROUP BY cl.relname, i.indexrelid, i.indisprimary, i.indisunique`);
    for (const row of indexes.rows) {
      shape.indexes.add(`${row.t}(${row.cols}) ${row.primary ? 'primary' : row.unique ? 'unique' : 'index'}`);
    }
    const fks = await client.query<{ t: string; cols: string; ft: string; fcols: string; action: string }>(`
      SELECT cl.relname AS t, fcl.relname AS ft, c.confdeltype AS action,
        (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(n, ord)
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS cols,
        (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(n, ord)
           JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS fcols
      FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_class fcl ON fcl.oid = c.confrelid
      JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`);
    for (const row of fks.rows) {
      shape.foreignKeys.add(
        `${row.t}(${row.cols}) -> ${row.ft}(${row.fcols}) on delete ${DELETE_ACTIONS[row.action] ?? row.action}`,
      );
    }
    const enums = await client.query<{ name: string; vals: string }>(`
      SELECT t.typname AS name, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS vals
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`);
    for (const row of enums.rows) shape.enums.add(`${row.name}: ${row.vals}`);
    return shape;
  } finally {
    await client.end();
  }
}
