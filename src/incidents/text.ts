/**
 * Cleaning of values read from issues and incident files. These are untrusted: anybody can open an
 * incident on a public repository. Values are made single-line, free of control characters and
 * capped; they are still untrusted afterwards and reach markdown only through src/render/markdown.ts.
 */

/** Longest component or failure-mode name kept. */
export const NAME_CAP = 100
/** Longest title kept. */
export const TITLE_CAP = 300

// C0 and C1 controls, DEL, and the bidi overrides/isolates that can disguise text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g

/** One line, controls removed, whitespace collapsed, trimmed, capped at `max` characters. */
export function cleanText(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').replace(CONTROL, '').trim()
  return capChars(line, max).trim()
}

/** Cap at `max` UTF-16 units without splitting a surrogate pair. */
export function capChars(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end -= 1
  return text.slice(0, end)
}

/** A short quotation of an untrusted value for a problem message. */
export function quote(text: string): string {
  const full = cleanText(text, Number.POSITIVE_INFINITY)
  const short = capChars(full, 60)
  return JSON.stringify(short.length < full.length ? `${short}…` : short)
}

/** A URL we are willing to link to: http(s) only. */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null
  } catch {
    return null
  }
}
