/**
 * A real history for the review tests: runs every three days on main from 1 August to 10 November
 * 2026 (2026Q3 and 2026Q4), written by the real store into a bare git repository.
 * - 55 `tests/filler.py` tests (checkout) make the run files keep only the 50 slowest durations.
 * - `test_pay` fails on 8 September, before INC-A (load-bearing); it is skipped from 15 October on.
 * - `test_cart` fails and passes on a re-run (`rerun`) on four Q4 runs: flaky.
 * - `test_slow` (search) grows from 200 ms to about 900 ms over Q4.
 * - legacy tests never fail and their component never had an incident: dead weight (with
 *   dead-weight-days 60); one has a hostile nodeid.
 * - INC-B (payments, 10 Oct) has no test: an open gap. INC-C (search / latency, 20 Oct) is closed by
 *   `test_latency_guard`, which carries `incident=INC-C`, on 25 October.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { NewRun } from '../../src/history/index.js'
import type { Incident } from '../../src/incidents/types.js'
import type { Outcome } from '../../src/report/types.js'
import { incident } from '../analysis/history-builder.js'
import { makeRun } from '../support/git-history-runs.js'

export const EVIL = 'tests/evil.py::test_x[<script>alert(1)</script>|@octocat --> `x` #12]'
export const FILLERS = Array.from({ length: 55 }, (_, i) => `tests/filler.py::test_f${String(i).padStart(2, '0')}`)
export const COMPONENT: Record<string, string> = {
  'tests/checkout.py::test_pay': 'checkout',
  'tests/checkout.py::test_cart': 'checkout',
  'tests/search.py::test_slow': 'search',
  'tests/search.py::test_latency_guard': 'search',
  'tests/legacy.py::test_old_1': 'legacy',
  'tests/legacy.py::test_old_2': 'legacy',
  [EVIL]: 'legacy'
}
const componentOf = (id: string): string => COMPONENT[id] ?? 'checkout'

export function runAt(created: string, index: number, overrides: Partial<Record<string, Outcome>> = {}): NewRun {
  const day = (Date.parse(created) - Date.parse('2026-08-01T10:00:00Z')) / 86_400_000
  const tests = [...FILLERS, 'tests/checkout.py::test_pay', 'tests/checkout.py::test_cart', 'tests/search.py::test_slow', 'tests/legacy.py::test_old_1', 'tests/legacy.py::test_old_2', EVIL]
  if (created >= '2026-10-25') tests.push('tests/search.py::test_latency_guard')
  const outcomes: Record<string, Outcome> = {}
  if (created.startsWith('2026-09-08')) outcomes['tests/checkout.py::test_pay'] = 'failed'
  if (created >= '2026-10-15') outcomes['tests/checkout.py::test_pay'] = 'skipped'
  if (created >= '2026-10-01' && index % 5 === 0) outcomes['tests/checkout.py::test_cart'] = 'rerun'
  Object.assign(outcomes, overrides)
  const durations: Record<string, number> = { 'tests/legacy.py::test_old_1': 5000, 'tests/legacy.py::test_old_2': 20, [EVIL]: 3000 }
  FILLERS.forEach((id, i) => (durations[id] = 300 + i * 10))
  // test_slow: among the slowest all along, growing over Q4
  durations['tests/search.py::test_slow'] = created < '2026-10-01' ? 1000 : 1000 + Math.round((day - 61) * 20)
  const run = makeRun({ created, build: `b${index}`, sha: `${index}`.padStart(40, 'c'), tests, outcomes, durations, component: componentOf })
  for (const t of run.run.tests) {
    if (t.nodeid === 'tests/search.py::test_latency_guard') {
      t.failure_mode = 'latency'
      t.incident = 'INC-C'
    }
  }
  run.info.duration_s = Math.round(60 + day * 0.5)
  run.run.meta.duration_s = run.info.duration_s
  return run
}

export function reviewRuns(): NewRun[] {
  const runs: NewRun[] = []
  let i = 0
  for (let ms = Date.parse('2026-08-01T10:00:00Z'); ms <= Date.parse('2026-11-10T10:00:00Z'); ms += 3 * 86_400_000) {
    runs.push(runAt(new Date(ms).toISOString(), i++))
  }
  runs.push(runAt('2026-09-08T10:00:00.000Z', i))
  return runs
}

export function reviewIncidents(): Incident[] {
  const b = incident('INC-B', 'payments', '2026-10-10T12:00:00Z', 'timeout')
  b.title = 'Payments down @team #12 <img src=x onerror=alert(1)>'
  return [incident('INC-A', 'checkout', '2026-09-10T12:00:00Z'), b, incident('INC-C', 'search', '2026-10-20T12:00:00Z', 'latency')]
}

export async function bareRepo(dir: string): Promise<string> {
  const remote = `${dir}/shop.git`
  await promisify(execFile)('git', ['init', '--quiet', '--bare', remote])
  return remote
}
