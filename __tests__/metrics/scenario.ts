/** Findings for the metrics tests, computed by the real analysis engine from a small history. */
import { analyze } from '../../src/analysis/index.js'
import type { Findings } from '../../src/analysis/types.js'
import type { Rollup } from '../../src/history/types.js'
import type { Incident } from '../../src/incidents/types.js'
import { HistoryBuilder, plusDays } from '../analysis/history-builder.js'

const iso = (seconds: number): string => new Date(seconds * 1000).toISOString()

export function incidentAt(id: string, component: string, started: number, detectedAfterMin: number, resolvedAfterMin: number | null, extra: Partial<Incident> = {}): Incident {
  return {
    id,
    title: null,
    url: null,
    component,
    failure_mode: 'general',
    detected_at: iso(started + detectedAfterMin * 60),
    started_at: iso(started),
    resolved_at: resolvedAfterMin === null ? null : iso(started + resolvedAfterMin * 60),
    issue_number: null,
    source: 'test',
    problems: [],
    ...extra
  }
}

/** Tests of `checkout` (all passing) and a long-quiet `utils` test, seen from 200 days before `anchor`. */
export function scenario(anchor: number, incidents: Incident[]): { findings: Findings; rollup: Rollup } {
  const start = plusDays(iso(anchor), -200)
  const h = new HistoryBuilder()
    .tag('tests/test_checkout.py::test_gateway_502_is_retried', { component: 'checkout', failure_mode: 'gateway_5xx' })
    .tag('tests/test_checkout.py::test_cart_total_rounding', { component: 'checkout', failure_mode: 'general' })
    .tag('tests/test_checkout.py::test_payment_timeout_returns_error', { component: 'checkout', failure_mode: 'payment_timeout' })
    .tag('tests/test_util.py::test_slugify', { component: 'utils' })
  const all = { 'tests/test_checkout.py::test_gateway_502_is_retried': 'passed', 'tests/test_checkout.py::test_cart_total_rounding': 'passed', 'tests/test_checkout.py::test_payment_timeout_returns_error': 'passed', 'tests/test_util.py::test_slugify': 'passed' } as const
  for (let day = 0; day <= 210; day += 5) h.run(`r${day}`, plusDays(start, day), { sha: `s${day}` }, all)
  const rollup = h.build()
  return { rollup, findings: analyze(rollup, incidents, { now: new Date(plusDays(start, 211)) }) }
}
