/**
 * Renamed tests keep their history (issue "Verdicts a team can trust", item 8). A renamed test
 * would otherwise look like a new test (closing gaps it never closed) and its old name like a test
 * that vanished. Two sources:
 * - detected: a parametrize id change. Among the nodeids that differ only in the `[...]` suffix
 *   (same file, same function), one that was last seen in the run just before another was first
 *   seen (no run of its branches in between), when exactly one such pair meets at that moment;
 * - declared: a mapping `{"old nodeid": "new nodeid"}` (the `test-renames` input, `--test-renames`),
 *   for everything else (a moved file, a renamed function, several parameters changed at once).
 * The old name's history is merged into the new name before the analysis: presence, runs,
 * failures and flaky evidence; the tags are the new name's.
 */
import { readFileSync } from 'node:fs'
import type { BranchPresence, Rollup, TestRollup } from '../history/types.js'
import { InputError } from '../errors.js'
import type { RenamedTest as Rename } from './types.js'

/** Reads a renames file: a JSON object mapping old nodeids to new ones. */
export function readRenamesFile(path: string): Record<string, string> {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new InputError(`The test renames file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check the \`test-renames\` input (or --test-renames) and that the file is committed.`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new InputError(`The test renames file ${path} is not valid JSON (${(error as Error).message}): write an object like {"tests/a.py::test_old": "tests/a.py::test_new"}.`)
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || !Object.values(parsed).every((v) => typeof v === 'string' && v.trim() !== '')) {
    throw new InputError(`The test renames file ${path} must hold one JSON object mapping each old nodeid to its new nodeid, like {"tests/a.py::test_old": "tests/a.py::test_new"}.`)
  }
  return parsed as Record<string, string>
}

/** The rollup with every renamed test's history under its new name, and the renames applied. */
export function applyRenames(rollup: Rollup, mapping: Record<string, string> | null | undefined, detect = true): { rollup: Rollup; renames: Rename[] } {
  const renames: Rename[] = []
  const declared = new Map(Object.entries(mapping ?? {}).map(([from, to]) => [from.trim(), to.trim()]))
  for (const [from, to] of declared) if (from !== to && rollup.tests[from]) renames.push({ from, to, detected_by: 'mapping' })
  if (detect) {
    for (const pair of parametrizeRenames(rollup)) {
      if (!declared.has(pair.from)) renames.push({ ...pair, detected_by: 'parametrize_id' })
    }
  }
  if (renames.length === 0) return { rollup, renames }

  // follow chains (a -> b -> c) to the final name; a cycle stops where it would repeat
  const next = new Map(renames.map((r) => [r.from, r.to]))
  const finalName = (name: string): string => {
    const seen = new Set([name])
    let current = name
    for (let to = next.get(current); to !== undefined && !seen.has(to); to = next.get(current)) {
      seen.add(to)
      current = to
    }
    return current
  }
  const tests: Record<string, TestRollup> = {}
  for (const [nodeid, test] of Object.entries(rollup.tests)) {
    const target = finalName(nodeid)
    tests[target] = tests[target] ? merge(tests[target], test, target === nodeid) : test
  }
  renames.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  return { rollup: { ...rollup, tests }, renames }
}

/** `a` and `b` as one test; the tags come from `bIsNewName ? b : a` (the new name's record). */
function merge(a: TestRollup, b: TestRollup, bIsNewName: boolean): TestRollup {
  const tags = bIsNewName ? b : a
  const byTime = <T extends [string, ...unknown[]]>(x: T, y: T): number => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)
  const counts: TestRollup['counts'] = { ...a.counts }
  for (const [k, v] of Object.entries(b.counts)) counts[k as keyof typeof counts] = (counts[k as keyof typeof counts] ?? 0) + (v ?? 0)
  const merged: TestRollup = {
    component: tags.component,
    failure_mode: tags.failure_mode,
    incident: tags.incident,
    tag_source: tags.tag_source,
    file: tags.file,
    line: tags.line,
    seen: mergePresence(a.seen, b.seen),
    counts,
    failures: [...a.failures, ...b.failures].sort(byTime),
    flaky: [...a.flaky, ...b.flaky].sort(byTime),
    duration_ms: tags.duration_ms ?? a.duration_ms ?? b.duration_ms
  }
  if (a.ran || b.ran) merged.ran = mergePresence(a.ran ?? a.seen, b.ran ?? b.seen)
  return merged
}

function mergePresence(a: Record<string, BranchPresence>, b: Record<string, BranchPresence>): Record<string, BranchPresence> {
  const out: Record<string, BranchPresence> = { ...a }
  for (const [branch, p] of Object.entries(b)) {
    const q = out[branch]
    out[branch] = q
      ? { first: Date.parse(q.first) <= Date.parse(p.first) ? q.first : p.first, last: Date.parse(q.last) >= Date.parse(p.last) ? q.last : p.last, runs: q.runs + p.runs }
      : p
  }
  return out
}

/** Parametrize id changes: see the module comment. */
function parametrizeRenames(rollup: Rollup): Array<{ from: string; to: string }> {
  const groups = new Map<string, string[]>()
  for (const nodeid of Object.keys(rollup.tests)) {
    const bracket = nodeid.indexOf('[')
    if (bracket < 0 || !nodeid.endsWith(']')) continue
    const base = nodeid.slice(0, bracket)
    const group = groups.get(base)
    if (group) group.push(nodeid)
    else groups.set(base, [nodeid])
  }
  const runTimes = new Map<string, number[]>()
  for (const run of rollup.runs) {
    const branch = run.branch ?? ''
    const list = runTimes.get(branch) ?? []
    list.push(Date.parse(run.created))
    runTimes.set(branch, list)
  }
  for (const list of runTimes.values()) list.sort((a, b) => a - b)
  const spanOf = (t: TestRollup): { first: number; last: number } => {
    let first = Infinity
    let last = -Infinity
    for (const branch in t.seen) {
      first = Math.min(first, Date.parse(t.seen[branch].first))
      last = Math.max(last, Date.parse(t.seen[branch].last))
    }
    return { first, last }
  }
  const runsBetween = (t: TestRollup, from: number, to: number): number => {
    let n = 0
    for (const branch of Object.keys(t.seen)) for (const time of runTimes.get(branch) ?? []) if (time > from && time < to) n++
    return n
  }

  const pairs: Array<{ from: string; to: string }> = []
  for (const group of groups.values()) {
    if (group.length < 2) continue
    const spans = new Map(group.map((id) => [id, spanOf(rollup.tests[id])]))
    // candidate pairs: old last seen before new first seen, with no run of old's branches in between
    const candidates: Array<{ from: string; to: string }> = []
    for (const from of group) {
      for (const to of group) {
        const a = spans.get(from)!
        const b = spans.get(to)!
        if (from === to || a.last >= b.first) continue
        if (runsBetween(rollup.tests[from], a.last, b.first) === 0) candidates.push({ from, to })
      }
    }
    // only an unambiguous change: each name in exactly one candidate pair
    for (const c of candidates) {
      const involved = candidates.filter((d) => d.from === c.from || d.to === c.to || d.from === c.to || d.to === c.from)
      if (involved.length === 1) pairs.push(c)
    }
  }
  return pairs
}
