/**
 * PromQL query templates. `{component}` comes from an incident (an issue label anyone may set on a
 * public repository), so it is only ever substituted inside a quoted label value, escaped as a
 * PromQL string (and as a regular expression after `=~` / `!~`): whatever the component says, the
 * query keeps its shape. `{window}` is a duration we make ourselves (`5m`).
 */
import { InputError } from '../errors.js'

export const DEFAULT_ERROR_RATE_QUERY =
  'sum(rate(http_requests_total{service="{component}",code=~"5.."}[{window}])) / sum(rate(http_requests_total{service="{component}"}[{window}]))'

export const DEFAULT_LATENCY_QUERY =
  'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="{component}"}[{window}])))'

const PLACEHOLDER = /\{(component|window)\}/y

/** A PromQL string body (between double or single quotes): Go-style escapes, no raw control character. */
export function escapeStringBody(value: string, quote: '"' | "'"): string {
  let out = ''
  for (const ch of value) {
    const cp = ch.codePointAt(0) as number
    if (ch === '\\') out += '\\\\'
    else if (ch === quote) out += `\\${quote}`
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (cp < 0x20 || cp === 0x7f || (cp >= 0x2028 && cp <= 0x2029)) out += `\\u${cp.toString(16).padStart(4, '0')}`
    else out += ch
  }
  return out
}

/** RE2 metacharacters escaped, so a component matches itself only. */
export const escapeRegex = (value: string): string => value.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&')

/** `300` -> `5m`; PromQL durations are whole units. */
export function durationText(seconds: number): string {
  const s = Math.max(1, Math.round(seconds))
  if (s % 3600 === 0) return `${s / 3600}h`
  if (s % 60 === 0) return `${s / 60}m`
  return `${s}s`
}

/**
 * Fill a template. Throws InputError when `{component}` sits outside a quoted string (it could not
 * be escaped there) or inside a backtick string (raw: no escape exists), naming the input.
 */
export function renderQuery(template: string, values: { component: string; window: string }, inputName: string): string {
  let out = ''
  let quote: '"' | "'" | '`' | null = null
  let regexContext = false
  let i = 0
  while (i < template.length) {
    PLACEHOLDER.lastIndex = i
    const m = PLACEHOLDER.exec(template)
    if (m) {
      if (m[1] === 'window') {
        if (quote) throw new InputError(`The ${inputName} input puts {window} inside a string; write it as a range, like [{window}].`)
        out += values.window
      } else {
        if (quote === null) throw new InputError(`The ${inputName} input uses {component} outside a quoted label value; write it as service="{component}" so the component can be escaped.`)
        if (quote === '`') throw new InputError(`The ${inputName} input puts {component} inside a backtick string, which cannot be escaped; use double quotes: service="{component}".`)
        out += escapeStringBody(regexContext ? escapeRegex(values.component) : values.component, quote)
      }
      i += m[0].length
      continue
    }
    const ch = template[i]
    if (quote) {
      if (ch === '\\' && quote !== '`') {
        out += template.slice(i, i + 2)
        i += 2
        continue
      }
      if (ch === quote) quote = null
    } else if (ch === '"' || ch === "'" || ch === '`') {
      quote = ch
      regexContext = /[=!]~\s*$/.test(template.slice(0, i))
    }
    out += ch
    i += 1
  }
  if (quote) throw new InputError(`The ${inputName} input has an unterminated ${quote} string.`)
  return out
}

/** Check a template once, up front, so a bad input fails with its name before any query runs. */
export function checkTemplate(template: string, inputName: string): void {
  if (!template.includes('{component}')) throw new InputError(`The ${inputName} input must contain {component} inside a label value (for example service="{component}"), or every incident would get the same figures.`)
  renderQuery(template, { component: 'x', window: '5m' }, inputName)
}
