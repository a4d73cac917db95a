// The compiled JSON Schema validators, one per file kind (contract §4: draft-07, schemas/).
// Compiled on first use, so commands that never validate never pay for ajv.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { FileKind } from '../workspace/source.js'

export type SchemaError = ErrorObject
export type Validator = (data: unknown) => SchemaError[]

/** The folder of the published schemas, next to dist/ in the package. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url))

export function readSchema(kind: FileKind): object {
  return JSON.parse(readFileSync(`${SCHEMA_DIR}${kind}.schema.json`, 'utf8')) as object
}

let ajv: Ajv | undefined
const compiled = new Map<FileKind, ValidateFunction>()

function compile(kind: FileKind): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true })
    // ajv-formats is CommonJS; under ESM its function is the default export's default.
    type AddFormats = (ajv: Ajv, formats: string[]) => Ajv
    const mod = addFormatsModule as unknown as AddFormats & { default?: AddFormats }
    ;(mod.default ?? mod)(ajv, ['date'])
  }
  return ajv.compile(readSchema(kind))
}

export function validatorFor(kind: FileKind): Validator {
  return (data) => {
    let validate = compiled.get(kind)
    if (!validate) {
      validate = compile(kind)
      compiled.set(kind, validate)
    }
    return validate(data) ? [] : [...(validate.errors ?? [])]
  }
}
