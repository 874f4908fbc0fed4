/**
 * Checks HTTP requests and responses against GitHub's official REST description
 * (@octokit/openapi, generated/api.github.com.json, OpenAPI 3.0.3). The GitHub stand-in runs every
 * request it receives and every response it sends through here, so a wrong route, parameter, field
 * name or type on either side shows up as a violation in the test.
 *
 * OpenAPI 3.0 is not JSON Schema, so each schema is rewritten before ajv sees it:
 * - `nullable: true` becomes a type union with "null" (and `null` joins an `enum`);
 * - `$ref: #/components/schemas/X` becomes `#/$defs/X`, with only the reachable definitions copied;
 * - annotations ajv does not know (`example`, `deprecated`, `readOnly`, `x-*`, `discriminator`, ...)
 *   are dropped, and GitHub's own formats (`repo.nwo`, `timestamp`, ...) are registered;
 * - stricter than GitHub on purpose: an object schema that lists its properties and says nothing
 *   about others gets `additionalProperties: false` (except inside `allOf`, where that would reject
 *   the other branches' fields), so a misspelt field name is caught on both sides.
 * The description (13 MB) is read once per test file and schemas are compiled on first use.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import AjvImport, { type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsImport from 'ajv-formats'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Schema = { [key: string]: Json }

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: Schema
}

interface MediaType {
  schema?: Schema
}

interface ResponseSpec {
  content?: Record<string, MediaType>
}

export interface Operation {
  method: string
  template: string
  operationId: string
  parameters: Parameter[]
  requestBody: { required?: boolean; content?: Record<string, MediaType> } | null
  responses: Record<string, ResponseSpec>
}

interface Route {
  template: string
  pattern: RegExp
  names: string[]
  literalSegments: number
  segments: number
  operations: Map<string, Operation>
}

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>
  components: {
    schemas: Record<string, Schema>
    parameters: Record<string, Parameter>
    responses: Record<string, ResponseSpec>
    requestBodies?: Record<string, unknown>
  }
}

// ajv and ajv-formats are CommonJS: under NodeNext the default import is `module.exports`.
type AjvClass = typeof AjvImport.default
const Ajv: AjvClass = (AjvImport as unknown as { default?: AjvClass }).default ?? (AjvImport as unknown as AjvClass)
type AddFormats = typeof addFormatsImport.default
const addFormats: AddFormats = (addFormatsImport as unknown as { default?: AddFormats }).default ?? (addFormatsImport as unknown as AddFormats)

/** Keywords of OpenAPI 3.0 schemas that are annotations only, or that JSON Schema does not have. */
const DROPPED = new Set(['nullable', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly', 'xml', 'externalDocs', 'discriminator', 'description', 'title'])
const COMPONENT_SCHEMA = '#/components/schemas/'

export interface Violation {
  where: string
  message: string
}

export class OpenApiValidator {
  private readonly routes: Route[] = []
  private readonly ajv: InstanceType<AjvClass>
  private readonly compiled = new Map<string, ValidateFunction>()

  constructor(private readonly doc: OpenApiDocument) {
    this.ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true, validateFormats: true })
    addFormats(this.ajv)
    this.ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/)
    this.ajv.addFormat('timestamp', true)
    this.ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31 })
    this.ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) })
    this.ajv.addFormat('double', { type: 'number', validate: () => true })
    this.ajv.addFormat('binary', true)
    for (const [template, item] of Object.entries(doc.paths)) {
      const names: string[] = []
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_m, name: string) => {
        names.push(name)
        return '([^/]+)'
      })
      const segments = template.split('/').filter((s) => s !== '')
      const route: Route = {
        template,
        pattern: new RegExp(`^${source}$`),
        names,
        literalSegments: segments.filter((s) => !s.includes('{')).length,
        segments: segments.length,
        operations: new Map()
      }
      const shared = ((item.parameters as Parameter[] | undefined) ?? []).map((p) => this.param(p))
      for (const method of ['get', 'put', 'post', 'patch', 'delete', 'head']) {
        const op = item[method] as { operationId: string; parameters?: Parameter[]; requestBody?: unknown; responses: Record<string, unknown> } | undefined
        if (!op) continue
        route.operations.set(method.toUpperCase(), {
          method: method.toUpperCase(),
          template,
          operationId: op.operationId,
          parameters: [...shared, ...(op.parameters ?? []).map((p) => this.param(p))],
          requestBody: (this.deref(op.requestBody) as Operation['requestBody']) ?? null,
          responses: Object.fromEntries(Object.entries(op.responses).map(([status, r]) => [status, this.deref(r) as ResponseSpec]))
        })
      }
      this.routes.push(route)
    }
    // A literal segment beats a parameter: /issues/comments/{id} before /issues/{issue_number}/...
    this.routes.sort((a, b) => b.literalSegments - a.literalSegments)
  }

  /** The documented operation for a method and path, with the path parameters it names. */
  find(method: string, pathname: string): { operation: Operation; pathParams: Record<string, string> } | null {
    const count = pathname.split('/').filter((s) => s !== '').length
    for (const route of this.routes) {
      if (route.segments !== count) continue
      const m = route.pattern.exec(pathname)
      if (!m) continue
      const operation = route.operations.get(method.toUpperCase())
      if (!operation) continue
      const pathParams = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]))
      return { operation, pathParams }
    }
    return null
  }

  /** Violations of a request: unknown route, bad path or query parameters, a body that does not fit. */
  checkRequest(method: string, url: URL, body: string, contentType: string | undefined): { operation: Operation | null; violations: Violation[] } {
    const where = `${method} ${url.pathname}${url.search}`
    const found = this.find(method, url.pathname)
    if (!found) return { operation: null, violations: [{ where, message: 'no such operation in the GitHub REST description' }] }
    const { operation, pathParams } = found
    const violations: Violation[] = []
    const at = `${where} (${operation.operationId}) request`
    const add = (message: string) => violations.push({ where: at, message })

    for (const p of operation.parameters.filter((q) => q.in === 'path')) {
      this.checkValue(`path parameter ${p.name}`, p, pathParams[p.name], add)
    }
    const queryParams = operation.parameters.filter((q) => q.in === 'query')
    const names = [...url.searchParams.keys()]
    for (const name of new Set(names)) {
      const p = queryParams.find((q) => q.name === name)
      if (!p) {
        add(`unknown query parameter "${name}" (known: ${queryParams.map((q) => q.name).join(', ') || 'none'})`)
        continue
      }
      if (names.filter((n) => n === name).length > 1) add(`query parameter "${name}" given more than once`)
      this.checkValue(`query parameter ${name}`, p, url.searchParams.get(name) ?? undefined, add)
    }
    for (const p of queryParams) if (p.required && !url.searchParams.has(p.name)) add(`required query parameter "${p.name}" is missing`)

    const jsonBody = operation.requestBody?.content?.['application/json']
    if (!jsonBody) {
      if (body.length > 0) add('this operation takes no request body, but one was sent')
    } else if (body.length === 0) {
      if (operation.requestBody?.required) add('the request body is required')
    } else {
      if (!/^application\/json\b/i.test(contentType ?? '')) add(`request body sent as ${contentType ?? 'no content-type'}, expected application/json`)
      const parsed = parseJson(body)
      if (!parsed.ok) add(`request body is not JSON: ${parsed.error}`)
      else if (jsonBody.schema) for (const m of this.validate(`${operation.operationId}#request`, jsonBody.schema, parsed.value)) add(`body${m}`)
    }
    return { operation, violations }
  }

  /** Violations of a response: a status the operation does not document, or a body that does not fit. */
  checkResponse(operation: Operation, url: URL, status: number, body: string): Violation[] {
    const where = `${operation.method} ${url.pathname}${url.search} (${operation.operationId}) response ${status}`
    const violations: Violation[] = []
    const add = (message: string) => violations.push({ where, message })
    let spec = operation.responses[String(status)] ?? operation.responses.default
    if (!spec) {
      // Bad credentials (401), rate limits (403/429), "Not Found" (404: also what GitHub says for
      // anything the token may not see) and server errors can come from any endpoint; GitHub
      // documents them globally, not per operation (delete-comment, for one, lists only 204).
      if (status === 401 || status === 403 || status === 404 || status === 429 || status >= 500) spec = { content: { 'application/json': { schema: { $ref: `${COMPONENT_SCHEMA}basic-error` } } } }
      else return [{ where, message: `status ${status} is not documented for this operation` }]
    }
    const schema = spec.content?.['application/json']?.schema
    if (!schema) {
      if (body.length > 0) add('this response has no documented body, but one was sent')
      return violations
    }
    const parsed = parseJson(body)
    if (!parsed.ok) return [{ where, message: `response body is not JSON: ${parsed.error}` }]
    for (const m of this.validate(`${operation.operationId}#${status}`, schema, parsed.value)) add(`body${m}`)
    return violations
  }

  private checkValue(what: string, p: Parameter, raw: string | undefined, add: (m: string) => void): void {
    if (raw === undefined) {
      if (p.required) add(`${what} is missing`)
      return
    }
    if (!p.schema) return
    const value = coerce(raw, p.schema)
    for (const m of this.validate(`param:${what}:${JSON.stringify(p.schema)}`, p.schema, value)) add(`${what} = ${JSON.stringify(raw)}${m}`)
  }

  /** Validate against an OpenAPI schema; returns readable messages (empty when valid). */
  validate(key: string, schema: Schema, value: unknown): string[] {
    let fn = this.compiled.get(key)
    if (!fn) {
      fn = this.ajv.compile(this.toJsonSchema(schema))
      this.compiled.set(key, fn)
    }
    if (fn(value)) return []
    return (fn.errors ?? []).slice(0, 20).map(describeError)
  }

  /** An OpenAPI 3.0 schema rewritten as a self-contained JSON Schema (see the top of this file). */
  toJsonSchema(schema: Schema): Schema {
    const defs: Record<string, Json> = {}
    const queue: { name: string; loose: boolean }[] = []
    const defName = (name: string, loose: boolean) => (loose ? `${name}__loose` : name)
    const convert = (s: Json, loose: boolean): Json => {
      if (s === null || typeof s !== 'object' || Array.isArray(s)) return s
      if (typeof s.$ref === 'string') {
        if (!s.$ref.startsWith(COMPONENT_SCHEMA)) throw new Error(`unexpected $ref ${s.$ref}`)
        const name = s.$ref.slice(COMPONENT_SCHEMA.length)
        const key = defName(name, loose)
        if (!(key in defs)) {
          defs[key] = true
          queue.push({ name, loose })
        }
        return { $ref: `#/$defs/${encodeURIComponent(key)}` }
      }
      const out: Schema = {}
      for (const [k, v] of Object.entries(s)) {
        if (DROPPED.has(k) || k.startsWith('x-')) continue
        if (k === 'properties' && v && typeof v === 'object' && !Array.isArray(v)) {
          out.properties = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, convert(pv, false)]))
        } else if (k === 'allOf' && Array.isArray(v)) {
          out.allOf = v.map((x) => convert(x, true))
        } else if ((k === 'anyOf' || k === 'oneOf') && Array.isArray(v)) {
          out[k] = v.map((x) => convert(x, loose))
        } else if (k === 'items' || k === 'not' || (k === 'additionalProperties' && typeof v === 'object')) {
          out[k] = convert(v, false)
        } else {
          out[k] = v
        }
      }
      const closable = out.properties !== undefined && out.additionalProperties === undefined && !out.allOf && !out.anyOf && !out.oneOf
      if (!loose && closable) out.additionalProperties = false
      if (s.nullable === true) {
        if (typeof out.type === 'string') {
          out.type = [out.type, 'null']
          if (Array.isArray(out.enum)) out.enum = [...out.enum, null]
        } else {
          return { anyOf: [out, { type: 'null' }] }
        }
      }
      return out
    }
    const root = convert(schema, false) as Schema
    while (queue.length > 0) {
      const { name, loose } = queue.shift() as { name: string; loose: boolean }
      const component = this.doc.components.schemas[name]
      if (!component) throw new Error(`unknown schema ${name}`)
      defs[defName(name, loose)] = convert(component, loose)
    }
    return Object.keys(defs).length > 0 ? { ...root, $defs: defs } : root
  }

  private param(p: Parameter | { $ref: string }): Parameter {
    return this.deref(p) as Parameter
  }

  /** Follows a `#/components/...` reference (parameters, responses, request bodies). */
  private deref(value: unknown): unknown {
    let v = value
    for (let i = 0; i < 5 && v && typeof v === 'object' && typeof (v as { $ref?: unknown }).$ref === 'string'; i++) {
      const path = ((v as { $ref: string }).$ref.replace(/^#\//, '')).split('/')
      v = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], this.doc)
    }
    return v
  }
}

function coerce(raw: string, schema: Schema): unknown {
  const type = schema.type
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw)
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true'
  return raw
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    return { ok: false, error: (error as Error).message }
  }
}

function describeError(e: ErrorObject): string {
  const extra =
    e.keyword === 'additionalProperties'
      ? `: unexpected property "${(e.params as { additionalProperty: string }).additionalProperty}"`
      : e.keyword === 'enum'
        ? ` (${JSON.stringify((e.params as { allowedValues: unknown }).allowedValues)})`
        : ''
  return `${e.instancePath} ${e.message ?? e.keyword}${extra}`
}

let shared: OpenApiValidator | null = null

/** The validator for api.github.com, built once per test file (jest gives each file its own modules). */
export function githubOpenApi(): OpenApiValidator {
  if (!shared) {
    const require = createRequire(import.meta.url)
    const path = require.resolve('@octokit/openapi/generated/api.github.com.json')
    shared = new OpenApiValidator(JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument)
  }
  return shared
}
