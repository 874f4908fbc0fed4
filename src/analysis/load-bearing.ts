/**
 * Load-bearing tests (the union of every incident's failing tests) with their strength: a of n
 * incidents of the component preceded, base rate p0, lift and a one-sided binomial p-value.
 */
import type { ClassifiedIncident, IncidentResult } from './correlate.js'
import type { TestView } from './history-view.js'
import { compareStrings } from './history-view.js'
import { lowerBound } from './search.js'
import { baseRate, binomialTail, strengthOf } from './stats.js'
import type { LoadBearingDetail, LoadBearingEvidence, Verdict } from './types.js'
import { NOISE_CONFIDENCE, PREDICTIVE_CONFIDENCE, type ConfidenceModel, type TestJudgement } from './confidence.js'

export function loadBearing(
  incidents: ClassifiedIncident[],
  results: IncidentResult[],
  now: number,
  windowMs: number,
  model: ConfidenceModel,
  /** flaky by either rule (same sha or flip rate): never predictive */
  flakyAny: ReadonlySet<string>
): LoadBearingDetail[] {
  const detectedByComponent = new Map<string, number[]>()
  for (const ci of incidents) {
    const list = detectedByComponent.get(ci.componentKey)
    if (list) list.push(ci.detectedAt)
    else detectedByComponent.set(ci.componentKey, [ci.detectedAt])
  }
  for (const list of detectedByComponent.values()) list.sort((a, b) => a - b)

  const preceded = new Map<string, { test: TestView; evidence: LoadBearingEvidence[] }>()
  results.forEach(({ finding, failing }) => {
    // failing[i] and failing_test_evidence[i] are the same test
    failing.forEach((test, i) => {
      const entry = preceded.get(test.nodeid) ?? { test, evidence: [] }
      preceded.set(test.nodeid, entry)
      const failures = finding.failing_test_evidence[i].failures
      entry.evidence.push({ incident: finding.incident_id, detected_at: finding.detected_at, failures })
    })
  })

  const details: LoadBearingDetail[] = []
  for (const { test, evidence } of preceded.values()) {
    const a = evidence.length
    // the component's incidents it could have preceded: those it existed for (first_seen <= detected_at)
    const detected = detectedByComponent.get(test.componentKey) ?? []
    const firstSeen = Date.parse(test.firstSeen)
    const n = detected.length - lowerBound(detected, firstSeen)
    const rate = baseRate(
      test.failures.map((f) => Date.parse(f[0])),
      firstSeen,
      now,
      windowMs
    )
    const pValue = binomialTail(a, n, rate.p0)
    const judgement = model.judge(test)
    const verdict = verdictOf(judgement, flakyAny.has(test.nodeid))
    details.push({
      nodeid: test.nodeid,
      component: test.component,
      incidents: evidence.map((e) => e.incident),
      a,
      n,
      p0: rate.p0,
      days: rate.days,
      days_with_failure_window: rate.daysWithFailureWindow,
      lift: a / n / rate.p0,
      p_value: pValue,
      strength: strengthOf(a, pValue),
      flaky: flakyAny.has(test.nodeid),
      flaky_failures: evidence.reduce((sum, e) => sum + e.failures.filter((f) => f.flaky_sha).length, 0),
      evidence,
      verdict,
      verdict_reason: reasonFor(verdict, judgement, flakyAny.has(test.nodeid), model),
      confidence: Math.round(judgement.confidence * 1e4) / 1e4,
      judged: {
        events: judgement.events,
        events_failed: judgement.eventsFailed,
        runs_outside_windows: judgement.base.runs,
        failure_episodes_outside_windows: judgement.base.episodes,
        chance_per_window: judgement.chance.map((c) => Math.round(c * 1e4) / 1e4)
      }
    })
  }
  return details.sort((x, y) => compareStrings(x.nodeid, y.nodeid))
}

function verdictOf(j: TestJudgement, flaky: boolean): Verdict {
  if (flaky) return 'noise'
  if (j.confidence >= PREDICTIVE_CONFIDENCE) return 'predictive'
  if (j.confidence < NOISE_CONFIDENCE) return 'noise'
  return 'possible'
}

const percent = (x: number): string => (x >= 0.1 ? `${Math.round(x * 100)} %` : x >= 0.001 ? `${(x * 100).toFixed(1)} %` : 'under 0.1 %')

function reasonFor(verdict: Verdict, j: TestJudgement, flaky: boolean, model: ConfidenceModel): string {
  const before = `It failed before ${j.eventsFailed} of the ${j.events} incident period(s) of its component it existed for`
  const outside =
    j.base.episodes === 0
      ? `never failed in its ${j.base.runs} runs outside incident windows`
      : `failed ${j.base.episodes} separate time(s) in its ${j.base.runs} runs outside incident windows`
  const chance = j.chance.length === 0 ? 0 : Math.max(...j.chance)
  const odds = `about ${percent(model.prior.precursorShare)} of the suite's test/incident comparisons (${model.prior.pairs}) hold a real warning`
  if (flaky) {
    const flakyWhy = 'Flaky: its outcome changes without a code change (same commit passed and failed, or it keeps flipping between runs)'
    // a flaky test whose failures still cluster before incidents may be a real precursor hidden by the flakiness
    if (j.confidence >= PREDICTIVE_CONFIDENCE) {
      return `${flakyWhy}, so its failures cannot be read as warnings. ${before}; on its base rate alone that would be a real warning (confidence ${percent(j.confidence)}): fix the flakiness and the history can tell.`
    }
    return `${flakyWhy}, so a failure before an incident is what it does anyway. ${before}.`
  }
  if (verdict === 'predictive') {
    return `${before}; it ${outside}, so a chance failure in such a window is unlikely (${percent(chance)}). Given that ${odds}, it is a real warning with confidence ${percent(j.confidence)}.`
  }
  if (verdict === 'noise') {
    return `${before}; it ${outside}, so a failure in such a window happens by chance ${percent(chance)} of the time: what its base rate predicts (confidence ${percent(j.confidence)}).`
  }
  return `${before}; it ${outside} (chance of a failure in such a window: ${percent(chance)}). Given that ${odds}, that is not enough to call it a real warning (confidence ${percent(j.confidence)}).`
}
