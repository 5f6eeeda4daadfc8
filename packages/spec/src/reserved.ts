/**
 * Names that generated code cannot use as they are. Lower-case; compared case-insensitively.
 * A field or entity whose camelCase name is in one of these sets gets a safe name instead.
 */

/** JavaScript and TypeScript reserved and strict-mode words, plus names that break objects. */
export const JS_RESERVED = new Set([
  'abstract', 'any', 'arguments', 'as', 'async', 'await', 'boolean', 'break', 'case', 'catch', 'class',
  'const', 'constructor', 'continue', 'debugger', 'declare', 'default', 'delete', 'do', 'else', 'enum',
  'eval', 'export', 'extends', 'false', 'finally', 'for', 'from', 'function', 'get', 'if', 'implements',
  'import', 'in', 'infer', 'instanceof', 'interface', 'is', 'keyof', 'let', 'module', 'namespace', 'never',
  'new', 'null', 'number', 'object', 'of', 'package', 'private', 'protected', 'public', 'readonly',
  'require', 'return', 'set', 'static', 'string', 'super', 'switch', 'symbol', 'this', 'throw', 'true',
  'try', 'type', 'typeof', 'undefined', 'unique', 'unknown', 'var', 'void', 'while', 'with', 'yield',
  'proto', '__proto__', 'prototype', 'hasownproperty', 'isprototypeof', 'tostring', 'valueof',
  'tolocalestring', 'propertyisenumerable', 'nan', 'infinity', 'globalthis', 'window', 'document',
  'react', 'props', 'children', 'key', 'ref',
]);

/** SQL reserved words (PostgreSQL, MySQL and SQLite) that would need quoting as column names. */
export const SQL_RESERVED = new Set([
  'all', 'alter', 'analyse', 'analyze', 'and', 'array', 'asc', 'asymmetric', 'between', 'both', 'by',
  'cascade', 'cast', 'check', 'collate', 'column', 'constraint', 'create', 'cross', 'current_date',
  'current_role', 'current_time', 'current_timestamp', 'current_user', 'database', 'desc', 'distinct',
  'drop', 'exists', 'fetch', 'foreign', 'full', 'grant', 'group', 'having', 'inner', 'insert', 'intersect',
  'interval', 'into', 'join', 'key', 'keys', 'lateral', 'leading', 'left', 'like', 'limit', 'localtime',
  'localtimestamp', 'match', 'natural', 'not', 'offset', 'on', 'only', 'or', 'order', 'outer', 'over',
  'partition', 'placing', 'primary', 'range', 'recursive', 'references', 'rename', 'replace', 'revoke',
  'right', 'row', 'rows', 'schema', 'select', 'session_user', 'similar', 'some', 'symmetric', 'table',
  'then', 'to', 'trailing', 'trigger', 'union', 'update', 'user', 'using', 'values', 'variadic', 'verbose',
  'view', 'when', 'where', 'window', 'index', 'level', 'read', 'write', 'rank', 'condition', 'release',
  'usage', 'option', 'div', 'mod', 'xor', 'sql', 'zerofill', 'lock', 'unlock', 'load', 'change', 'virtual',
]);

/**
 * Entity names that would shadow a global or a name the generated code itself uses
 * (its classes, components and helpers).
 */
export const ENTITY_RESERVED = new Set([
  'object', 'array', 'promise', 'error', 'map', 'set', 'weakmap', 'weakset', 'json', 'math', 'number',
  'string', 'boolean', 'symbol', 'function', 'regexp', 'proxy', 'reflect', 'intl', 'record', 'partial',
  'required', 'readonly', 'pick', 'omit', 'date', 'bigint', 'buffer', 'process', 'console', 'global',
  'app', 'api', 'db', 'layout', 'dashboard', 'router', 'route', 'routes', 'link', 'navlink', 'outlet',
  'button', 'input', 'label', 'select', 'textarea', 'table', 'card', 'badge', 'dialog', 'field',
  'httperror', 'apierror', 'page', 'list', 'schema', 'schemas', 'health', 'stats', 'migration', 'seed',
]);

/** Hand-picked safe names for common reserved words; the rest get a generic suffix. */
export const FIELD_RENAMES: Readonly<Record<string, string>> = {
  order: 'sortOrder',
  position: 'position',
  class: 'className',
  default: 'defaultValue',
  user: 'userName',
  group: 'groupName',
  key: 'keyName',
  index: 'indexNumber',
  level: 'levelValue',
  rank: 'rankValue',
  desc: 'details',
  from: 'fromValue',
  to: 'toValue',
  new: 'isNew',
  public: 'isPublic',
  private: 'isPrivate',
  delete: 'deleted',
  interval: 'intervalValue',
  limit: 'limitValue',
  range: 'rangeValue',
  option: 'optionValue',
  condition: 'conditionValue',
  check: 'checkValue',
  type: 'type',
  number: 'number',
  string: 'text',
};

export const ENTITY_RENAMES: Readonly<Record<string, string>> = {
  class: 'ClassSession',
  case: 'CaseFile',
  default: 'DefaultItem',
  function: 'FunctionItem',
  package: 'PackageItem',
  error: 'ErrorReport',
  date: 'DateEntry',
  map: 'MapItem',
  object: 'ObjectItem',
  record: 'RecordEntry',
  list: 'ListItem',
  page: 'PageItem',
  set: 'SetItem',
  group: 'Group',
  order: 'Order',
  user: 'User',
  select: 'Selection',
  table: 'DiningTable',
  label: 'LabelItem',
  link: 'LinkItem',
  route: 'RouteItem',
  field: 'FieldItem',
  schema: 'SchemaItem',
  process: 'ProcessItem',
};
