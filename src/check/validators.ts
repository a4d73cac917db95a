// The JSON Schema validators, one per file kind (contract §4: draft-07, schemas/). They are
// ajv's standalone code, generated from schemas/ at build time by scripts/build-validators.mjs
// (issue #5: compiling at every start cost 100–150 ms), so no ajv compiler runs here.
import type { ErrorObject } from 'ajv'
import * as generated from './validators-generated.js'
import type { FileKind } from '../workspace/source.js'

export type SchemaError = ErrorObject
export type Validator = (data: unknown) => SchemaError[]

interface StandaloneValidate {
  (data: unknown): boolean
  errors?: SchemaError[] | null
}

const VALIDATE = generated as unknown as Record<FileKind, StandaloneValidate>

export function validatorFor(kind: FileKind): Validator {
  const validate = VALIDATE[kind]
  return (data) => (validate(data) ? [] : [...(validate.errors ?? [])])
}
