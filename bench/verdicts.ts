/**
 * Verdict quality against planted ground truth (bench/planted-truth.ts): precision and recall of
 * `predictive_tests` against the planted precursors, `expected_false_predictive` against the real
 * number of false ones, flaky tests found and others called flaky, `predicted_incident_rate`
 * against the true share. The method's constants were chosen on seeds 1-10; seeds 101-110 were
 * held out and are the ones reported against the targets.
 */
import { analyze } from '../src/analysis/index.js'
import { plantedSuite, scorePlanted, type PlantedScore } from './planted-truth.js'
import type { BenchFigure, BenchModule } from './types.js'

interface Config {
  label: string
  tests: number
  reruns: boolean
  seeds: number[]
  /** held against the issue's targets */
  targeted: boolean
}

const HELD_OUT = [101, 102, 103, 104, 105, 106, 107, 108, 109, 110]
const TUNING = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

function run(tests: number, reruns: boolean, seed: number): PlantedScore {
  const suite = plantedSuite({ seed, tests, reruns })
  return scorePlanted(analyze(suite.rollup, suite.incidents, { now: suite.now }), suite.truth)
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`

function describe(scores: PlantedScore[]): { value: string; met: boolean } {
  const sum = (f: (s: PlantedScore) => number): number => scores.reduce((a, s) => a + f(s), 0)
  const predictive = sum((s) => s.predictive)
  const tp = sum((s) => s.truePredictive)
  const fp = sum((s) => s.falsePredictive)
  const efp = sum((s) => s.expectedFalsePredictive)
  const precursors = sum((s) => s.precursors)
  const flakyTrue = sum((s) => s.flakyTrue)
  const flakyFound = sum((s) => s.flakyFound)
  const falseFlaky = sum((s) => s.falseFlaky)
  const others = sum((s) => (s.falseFlakyRate > 0 ? s.falseFlaky / s.falseFlakyRate : 0))
  const n = scores.length
  const pir = sum((s) => s.predictedIncidentRate) / n
  const truth = sum((s) => s.truePredictedRate) / n
  const precision = predictive === 0 ? 1 : tp / predictive
  const recall = precursors === 0 ? 1 : tp / precursors
  const perSeedMet = scores.every(
    (s) =>
      s.precision >= 0.7 &&
      s.recall >= 0.6 &&
      Math.abs(s.expectedFalsePredictive - s.falsePredictive) <= Math.max(3, s.falsePredictive / 2) &&
      s.flakyRecall >= 0.9 &&
      s.falseFlakyRate <= 0.01 &&
      Math.abs(s.predictedIncidentRate - s.truePredictedRate) <= 12
  )
  const value =
    `precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${tp} of ${precursors}); ` +
    `false predictive ${fp}, expected ${efp.toFixed(1)}; flaky found ${flakyFound}/${flakyTrue}, ` +
    `others called flaky ${falseFlaky}${others > 0 ? ` (${pct(falseFlaky / others)})` : ''}, by the flip-rate rule ${sum((s) => s.falseFlakyByFlipRate)}; ` +
    `predicted_incident_rate ${pir.toFixed(1)} % vs true ${truth.toFixed(1)} % ` +
    `(seed's prediction_rate ${(sum((s) => s.predictionRate) / n).toFixed(1)} %, by chance ${(sum((s) => s.predictionRateByChance) / n).toFixed(1)} %); ` +
    `old load_bearing_tests precision ${(sum((s) => s.loadBearingPrecision) / n).toFixed(2)}`
  return { value, met: perSeedMet }
}

const verdicts: BenchModule = async ({ quick }) => {
  const configs: Config[] = quick
    ? [{ label: '600 tests, no re-runs, held-out seeds 101-102', tests: 600, reruns: false, seeds: [101, 102], targeted: false }]
    : [
        { label: '600 tests, no re-runs, tuning seeds 1-10', tests: 600, reruns: false, seeds: TUNING, targeted: false },
        ...HELD_OUT.map((seed) => ({ label: `600 tests, no re-runs, held-out seed ${seed}`, tests: 600, reruns: false, seeds: [seed], targeted: true })),
        { label: '600 tests, no re-runs, held-out seeds 101-110 together', tests: 600, reruns: false, seeds: HELD_OUT, targeted: false },
        { label: '600 tests, re-runs on, seeds 101-105', tests: 600, reruns: true, seeds: HELD_OUT.slice(0, 5), targeted: false },
        { label: '300 tests, no re-runs, seeds 101-105', tests: 300, reruns: false, seeds: HELD_OUT.slice(0, 5), targeted: false },
        { label: '1,200 tests, no re-runs, seeds 101-105', tests: 1200, reruns: false, seeds: HELD_OUT.slice(0, 5), targeted: false },
        { label: '1,200 tests, re-runs on, seeds 101-105', tests: 1200, reruns: true, seeds: HELD_OUT.slice(0, 5), targeted: false }
      ]
  const figures: BenchFigure[] = []
  for (const c of configs) {
    const { value, met } = describe(c.seeds.map((seed) => run(c.tests, c.reruns, seed)))
    figures.push(c.targeted ? { name: c.label, value, target: 'precision >= 0.70, recall >= 0.60, |false - expected| <= max(3, false/2), flaky >= 90 %, others <= 1 %, rate within 12 points', met } : { name: c.label, value })
  }
  return {
    title: 'Verdicts against planted truth',
    method:
      'Simulated suites with planted ground truth (bench/planted-truth.ts): N tests in 12 components, 2 runs a day for 240 days, 30 incidents (a fifth followed by a clustered follow-up within hours to 3 days), ~2 % flaky tests failing 25 % of their runs, a fifth of the tests failing 0.05-0.3 % of runs, a real precursor (a breakage failing 1-3 consecutive runs in the week before) before ~45 % of the primary incidents, 2 % of tests moved to another component and 1 % renamed (parametrize id) mid-history, and optionally a re-run (same sha) of half of the failing runs. `analyze` runs with the default options; its findings are scored against the truth. Constants were chosen on seeds 1-10; seeds 101-110 are held out.',
    figures,
    notes: [
      'Precision is limited by what one failure per incident can show: a test with a small base rate that failed by chance once, inside an incident window, and never elsewhere looks exactly like a real precursor. The stated `expected_false_predictive` is what to read beside the list; summed over seeds it tracks the real count.',
      'With more tests per incident (1,200 tests) there are twice the chance failures for the same number of real precursors: precision falls, and `expected_false_predictive` rises with it.',
      'With re-runs on, a test that failed by chance and passed on the re-run is flaky by the contract\'s own rule (it passed and failed on one commit); the truth here calls only the planted flaky tests flaky, so those count as "others called flaky" ("by the flip-rate rule" shows how many the rule without re-runs calls flaky).',
      'Held out, 7 of the 10 seeds of 600 tests meet every target on their own; seeds 102 and 104 miss precision by one test (0.67 and 0.69 with 6 and 11 precursors), seed 110 has 7 false predictive tests where 3.4 were expected. Over the 10 held-out seeds together: precision 0.77, recall 0.89, 27 false predictive where 26.1 were expected.',
      'Real precursors that also fail now and then outside incident windows usually end up `possible`, not `predictive`: the recall lost is the price of the precision.'
    ]
  }
}

export default verdicts
