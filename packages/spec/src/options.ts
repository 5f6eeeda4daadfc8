/** Closed option lists. Each union type is derived from its list, so adding an option is one edit. */

export const FIELD_TYPES = [
  'string',
  'text',
  'integer',
  'decimal',
  'boolean',
  'date',
  'datetime',
  'email',
  'url',
  'phone',
  'enum',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const RELATION_KINDS = ['many-to-one', 'one-to-many', 'one-to-one', 'many-to-many'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const ON_DELETE = ['cascade', 'restrict', 'set-null'] as const;
export type OnDelete = (typeof ON_DELETE)[number];

export const FEATURES = ['auth', 'search', 'dashboard', 'seed-data', 'export-csv'] as const;
export type Feature = (typeof FEATURES)[number];

export const COMPLEXITIES = ['simple', 'standard', 'advanced'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

export const FRONTENDS = ['react', 'vue'] as const;
export const BACKENDS = ['express', 'fastify'] as const;
export const DATABASES = ['postgres', 'sqlite', 'mysql'] as const;
export type Frontend = (typeof FRONTENDS)[number];
export type Backend = (typeof BACKENDS)[number];
export type Database = (typeof DATABASES)[number];

/** Columns every entity gets; a spec may not declare fields with these names. */
export const SYSTEM_FIELDS = ['id', 'createdAt', 'updatedAt'] as const;

export const LIMITS = {
  entities: 30,
  fieldsPerEntity: 40,
  relations: 60,
  enumValues: 30,
  identifier: 40,
  label: 60,
  description: 500,
  enumValue: 40,
  stringMax: 10_000,
} as const;
