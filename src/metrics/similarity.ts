/**
 * Which existing tests of a component resemble an incident: words of the nodeid against words of
 * the incident's failure mode and title, case- and separator-insensitive (snake_case, kebab-case,
 * camelCase, paths and parameters all split into words). Only names are compared: the history keeps
 * no failure messages of passing tests.
 */

/** Words that say nothing about what a test checks. */
const NOISE = new Set(['test', 'tests', 'py', 'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'is', 'it', 'be', 'by', 'with', 'when', 'at', 'as', 'from', 'not', 'no', 'should', 'does', 'do', 'case', 'spec', 'unit', 'integration', 'general'])

/** Lower-case word stems of a text. */
export function words(text: string): Set<string> {
  const spaced = text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
  const out = new Set<string>()
  for (const raw of spaced.split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || NOISE.has(raw) || /^\d+$/.test(raw)) continue
    out.add(stem(raw))
  }
  return out
}

/** A light stemmer: enough for "timeouts"/"timeout", "retried"/"retry", "racing"/"race". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 4 && word.endsWith('ied')) return `${word.slice(0, -3)}y`
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3)
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2)
  if (word.length > 4 && word.endsWith('es') && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2)
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

export interface Similar {
  nodeid: string
  score: number
  shared_words: string[]
}

/**
 * Tests ranked by shared words (cosine over word sets; a test whose failure_mode tag equals the
 * incident's scores a shared word more). Ties: nodeid order. Tests sharing nothing are left out.
 */
export function closestTests(
  target: { failure_mode: string; title: string | null },
  tests: Array<{ nodeid: string; failure_mode: string }>,
  limit = 3
): Similar[] {
  const want = new Set([...words(target.failure_mode), ...words(target.title ?? '')])
  if (want.size === 0) return []
  const mode = target.failure_mode.trim().toLowerCase()
  const scored: Similar[] = []
  for (const t of tests) {
    // the file path's folders say little; the file name and the test name say what it checks
    const have = words(`${t.nodeid.replace(/^.*\/(?=[^/]*::)/, '')} ${t.failure_mode}`)
    const shared = [...want].filter((w) => have.has(w)).sort()
    const bonus = mode !== 'general' && t.failure_mode.trim().toLowerCase() === mode ? 1 : 0
    if (shared.length === 0 && bonus === 0) continue
    const score = (shared.length + bonus) / Math.sqrt(want.size * Math.max(1, have.size))
    scored.push({ nodeid: t.nodeid, score: Math.round(score * 1000) / 1000, shared_words: shared })
  }
  scored.sort((a, b) => b.score - a.score || (a.nodeid < b.nodeid ? -1 : a.nodeid > b.nodeid ? 1 : 0))
  return scored.slice(0, limit)
}
