/**
 * Which existing tests of a component resemble an incident: words of the nodeid against words of
 * the incident's failure mode and title, case- and separator-insensitive (snake_case, kebab-case,
 * camelCase, paths and parameters all split into words). Only names are compared: the history keeps
 * no failure messages of passing tests.
 */

/** Words that say nothing about what a test checks. */
const NOISE = new Set(['test', 'tests', 'py', 'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'is', 'are', 'was', 'were', 'it', 'be', 'by', 'with', 'when', 'at', 'as', 'from', 'not', 'no', 'out', 'every', 'after', 'before', 'should', 'does', 'do', 'case', 'spec', 'unit', 'integration', 'general'])

/** Lower-case word stems of a text. */
export function words(text: string): Set<string> {
  const spaced = text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
  const out = new Set<string>()
  for (const raw of spaced.split(/[^a-z0-9]+/)) {
    // short numbers are parameters (test_x[2]); longer ones say something (502, 404)
    if (raw.length < 2 || NOISE.has(raw) || /^\d{1,2}$/.test(raw)) continue
    out.add(stem(raw))
  }
  return out
}

/** A light stemmer: "timeouts"/"timeout", "retried"/"retry", "expired"/"expiry", "racing"/"race" meet. */
function stem(word: string): string {
  let w = word
  if (w.length > 4 && (w.endsWith('ies') || w.endsWith('ied'))) w = `${w.slice(0, -3)}y`
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 4 && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1)
  // a final e or y varies between forms of one word (expire, expiry, expired)
  if (w.length > 3 && /[^aeiou][ey]$/.test(w)) w = w.slice(0, -1)
  return w
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
  target: { component: string; failure_mode: string; title: string | null },
  tests: Array<{ nodeid: string; failure_mode: string }>,
  limit = 3
): Similar[] {
  // the component's own words are in every test of it (test_checkout.py): they tell tests apart no more
  const own = words(target.component)
  const want = new Set([...words(target.failure_mode), ...words(target.title ?? '')].filter((w) => !own.has(w)))
  if (want.size === 0) return []
  const key = (text: string): string => text.trim().toLowerCase().replace(/[\s_.-]+/g, '_')
  const mode = key(target.failure_mode)
  const scored: Similar[] = []
  for (const t of tests) {
    // the file path's folders say little; the file name and the test name say what it checks
    const have = words(`${t.nodeid.replace(/^.*\/(?=[^/]*::)/, '')} ${t.failure_mode}`)
    const shared = [...want].filter((w) => have.has(w)).sort()
    const bonus = mode !== 'general' && key(t.failure_mode) === mode ? 1 : 0
    if (shared.length === 0 && bonus === 0) continue
    const score = (shared.length + bonus) / Math.sqrt(want.size * Math.max(1, have.size))
    scored.push({ nodeid: t.nodeid, score: Math.round(score * 1000) / 1000, shared_words: shared })
  }
  scored.sort((a, b) => b.score - a.score || (a.nodeid < b.nodeid ? -1 : a.nodeid > b.nodeid ? 1 : 0))
  return scored.slice(0, limit)
}
