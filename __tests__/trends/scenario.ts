/**
 * A hand-built history spanning 2026Q1 to 2026Q4 (runs every five days on main, plus runs on the
 * days that matter), with incidents in Q3 and Q4, for the trends and review tests:
 * - `tests/legacy.py::test_old` runs all year and never fails (dead weight from Q3 on);
 *   `test_gone` stops on 1 May.
 * - checkout and search tests appear on 5 July; `test_a` fails on 5 August, before INC-1 (predicted).
 * - INC-0 (search / ranking, 20 Sep) has covering tests that passed: its gap is closed on 2 October
 *   by `test_ranking` (component + failure mode), 12 days later.
 * - INC-2 (payments, 5 Oct) has no test at all; `test_fix_inc2` carries `incident=INC-2` and appears
 *   on 20 October: closed after 15 days, over the 14-day target.
 */
import { HistoryBuilder, incident } from '../analysis/history-builder.js'
import type { Incident } from '../../src/incidents/types.js'

export const NOW = new Date('2026-11-15T00:00:00Z')

export interface Member {
  nodeid: string
  from: string
  until?: string
}

export const MEMBERS: Member[] = [
  { nodeid: 'tests/legacy.py::test_old', from: '2026-01-10T12:00:00.000Z' },
  { nodeid: 'tests/legacy.py::test_gone', from: '2026-01-10T12:00:00.000Z', until: '2026-05-01T12:00:00.000Z' },
  { nodeid: 'tests/checkout.py::test_a', from: '2026-07-05T12:00:00.000Z' },
  { nodeid: 'tests/checkout.py::test_b', from: '2026-07-05T12:00:00.000Z' },
  { nodeid: 'tests/search.py::test_s1', from: '2026-07-05T12:00:00.000Z' },
  { nodeid: 'tests/search.py::test_ranking', from: '2026-10-02T12:00:00.000Z' },
  { nodeid: 'tests/payments.py::test_fix_inc2', from: '2026-10-20T12:00:00.000Z' }
]

export const FAILURES: Record<string, string> = { '2026-08-05T12:00:00.000Z': 'tests/checkout.py::test_a' }

/** Every run time of the scenario, ascending. */
export function runTimes(): string[] {
  const times = new Set<string>()
  for (let ms = Date.parse('2026-01-10T12:00:00Z'); ms <= Date.parse('2026-11-14T12:00:00Z'); ms += 5 * 86_400_000) times.add(new Date(ms).toISOString())
  for (const m of MEMBERS) {
    times.add(m.from)
    if (m.until) times.add(m.until)
  }
  for (const at of Object.keys(FAILURES)) times.add(at)
  return [...times].sort()
}

export const membersAt = (at: string): string[] => MEMBERS.filter((m) => m.from <= at && (!m.until || at <= m.until)).map((m) => m.nodeid)

export function scenarioRollup(): ReturnType<HistoryBuilder['build']> {
  const b = new HistoryBuilder()
    .tag('tests/legacy.py::test_old', { component: 'legacy' })
    .tag('tests/legacy.py::test_gone', { component: 'legacy' })
    .tag('tests/checkout.py::test_a', { component: 'checkout' })
    .tag('tests/checkout.py::test_b', { component: 'checkout' })
    .tag('tests/search.py::test_s1', { component: 'search' })
    .tag('tests/search.py::test_ranking', { component: 'search', failure_mode: 'ranking' })
    .tag('tests/payments.py::test_fix_inc2', { component: 'payments', incident: 'INC-2' })
  runTimes().forEach((at, i) => {
    const results: Record<string, 'passed' | 'failed'> = {}
    for (const id of membersAt(at)) results[id] = FAILURES[at] === id ? 'failed' : 'passed'
    b.run(`run-${String(i).padStart(3, '0')}`, at, { sha: `sha${i}` }, results)
  })
  return b.build()
}

export function scenarioIncidents(): Incident[] {
  return [
    incident('INC-0', 'search', '2026-09-20T12:00:00Z', 'ranking'),
    incident('INC-1', 'checkout', '2026-08-10T12:00:00Z'),
    incident('INC-2', 'payments', '2026-10-05T12:00:00Z')
  ]
}
