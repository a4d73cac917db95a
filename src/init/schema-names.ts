// The published schemas by name (contract §7, `chainchief schema`), and where a workspace
// written by `chainchief init` keeps its copies of them.
export const SCHEMA_NAMES = ['workspace', 'organizations', 'people', 'chain', 'meeting'] as const
export type SchemaName = (typeof SCHEMA_NAMES)[number]

/** Where a workspace keeps its copy of the schemas, relative to its root. */
export const SCHEMA_FOLDER = '.chainchief/schemas'

export function isSchemaName(name: string): name is SchemaName {
  return (SCHEMA_NAMES as readonly string[]).includes(name)
}
