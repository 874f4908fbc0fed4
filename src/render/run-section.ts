/** The "this run" part of the job summary: totals, failures, untagged tests. */
import { DEFAULT_COMPONENT, OUTCOMES, isFailure } from '../report/constants.js'
import type { TestRun } from '../report/types.js'
import { code, details, escapeText, table, testCell } from './markdown.js'
import type { Detail } from './budget.js'

export interface RunTotals {
  total: number
  passed: number
  failed: number
  skipped: number
  untagged: number
}

/** The action's outputs for a run; xpassed counts as passed, xfailed as skipped, rerun as failed. */
export function runTotals(run: TestRun): RunTotals {
  const totals: RunTotals = { total: run.tests.length, passed: 0, failed: 0, skipped: 0, untagged: 0 }
  for (const test of run.tests) {
    if (test.outcome === 'passed' || test.outcome === 'xpassed') totals.passed++
    else if (isFailure(test.outcome)) totals.failed++
    else totals.skipped++
    if (test.component === DEFAULT_COMPONENT) totals.untagged++
  }
  return totals
}

const LIMITS: Record<Detail, number> = { full: 30, top: 15, counts: 0 }

export function renderRunSection(run: TestRun, detail: Detail): string {
  const parts: string[] = ['## This run']
  const counts = new Map<string, number>()
  for (const test of run.tests) counts.set(test.outcome, (counts.get(test.outcome) ?? 0) + 1)
  const shown = OUTCOMES.filter((o) => counts.has(o))
  parts.push(
    table(
      ['tests', ...shown],
      [[String(run.tests.length), ...shown.map((o) => String(counts.get(o)))]]
    ) || 'No tests in the report.'
  )
  const files = run.meta.files.length === 1 ? code(run.meta.files[0]) : `${run.meta.files.length} files`
  parts.push(`Read ${files} (${run.meta.format}).`)
  if (run.meta.collection_errors > 0) {
    parts.push(`**${run.meta.collection_errors} collection error(s)**: pytest could not import some test files; they are listed as errors below.`)
  }
  for (const notice of run.notices) parts.push(`> ${escapeText(notice, 500)}`)

  const failures = run.tests.filter((t) => isFailure(t.outcome))
  const limit = LIMITS[detail]
  if (failures.length > 0 && limit > 0) {
    const rows = failures
      .slice(0, limit)
      .map((t) => [testCell(t.nodeid), `${t.outcome}<br><sub>${escapeText(t.component, 40)}</sub>`, t.message ? escapeText(t.message, 160) : ''])
    const more = failures.length > limit ? `\n\n…and ${failures.length - limit} more (see findings.json).` : ''
    parts.push(details(`Failures (${failures.length})`, table(['test', 'outcome', 'message'], rows) + more))
  }

  const untagged = run.tests.filter((t) => t.component === DEFAULT_COMPONENT)
  if (untagged.length > 0) {
    const examples = untagged.slice(0, Math.min(limit, 10)).map((t) => `- ${code(t.nodeid)}`)
    parts.push(
      `**${untagged.length} of ${run.tests.length} tests have no component**, so no incident can be matched to them. ` +
        'Tag them with `@pytest.mark.component("name")` and the conftest snippet of the README ("Tagging tests"), ' +
        'or map their files with a `component-map` file.' +
        (examples.length > 0 ? `\n\n${examples.join('\n')}${untagged.length > examples.length ? '\n- …' : ''}` : '')
    )
  }
  return parts.join('\n\n')
}
