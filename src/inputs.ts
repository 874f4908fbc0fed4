/**
 * The action's inputs, parsed once into a typed Config. Each input has one zod schema over the raw
 * string the runner gives (`INPUT_<NAME>`); a bad value fails the step with a message that names
 * the input, the value and what is allowed, and every bad input is reported at once.
 */
import { z } from 'zod'
import { InputError } from './errors.js'
import { isValidBranchName } from './refname.js'
import { DEFAULT_INCIDENT_AUTHORS, parseIncidentAuthors, type TrustPolicy } from './incidents/trust.js'

const trimmed = z.string().transform((s) => s.trim())

const lines = z.string().transform((s) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
)

const optionalPath = trimmed.transform((s) => (s === '' ? null : s))

const wholeNumber = (min: number, max: number) =>
  trimmed.pipe(
    z
      .string()
      .regex(/^\d+$/, `a whole number from ${min} to ${max}`)
      .transform(Number)
      .pipe(z.number().int().min(min, `a whole number from ${min} to ${max}`).max(max, `a whole number from ${min} to ${max}`))
  )

const oneOf = <T extends string>(values: readonly [T, ...T[]]) =>
  trimmed.transform((s) => s.toLowerCase()).pipe(z.enum(values, { error: `one of ${values.map((v) => `\`${v}\``).join(', ')}` }))

const boolean = trimmed
  .transform((s) => s.toLowerCase())
  .pipe(z.enum(['true', 'false'], { error: '`true` or `false`' }))
  .transform((s) => s === 'true')

const branchName = trimmed.refine(isValidBranchName, 'a valid git branch name (no spaces, `..`, `~^:?*[\\`, and not starting with `-`)')

const repository = trimmed.pipe(
  z.union([z.literal(''), z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, '`owner/repo`, or empty for this repository')], {
    error: '`owner/repo`, or empty for this repository'
  })
)

const labelPrefix = z.string().refine((s) => s.trim() !== '', 'a non-empty label prefix such as `component:`')

const branchList = z.string().transform((s) =>
  s
    .split(/[\n,]/)
    .map((b) => b.trim())
    .filter((b) => b !== '')
)

const incidentAuthors = z.string().transform((s, ctx) => {
  const { policy, invalid } = parseIncidentAuthors(s)
  if (invalid.length === 0) return policy
  ctx.addIssue({
    code: 'custom',
    message:
      `logins and author associations separated by commas (e.g. \`OWNER, MEMBER, octocat\`); ${invalid.map((e) => JSON.stringify(e)).join(', ')} ` +
      `${invalid.length === 1 ? 'is' : 'are'} neither a GitHub login nor one of OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, FIRST_TIMER, MANNEQUIN, NONE (teams are not supported: list their members)`
  })
  return z.NEVER
})

const quarter = trimmed.pipe(
  z.union([z.literal(''), z.string().regex(/^\d{4}-?[Qq][1-4]$/, 'a quarter such as `2026Q4`, or empty for the current one')], {
    error: 'a quarter such as `2026Q4`, or empty for the current one'
  })
)

/** Every input: its schema and the default action.yml declares (used too when run outside a runner). */
const INPUTS = {
  mode: { schema: oneOf(['analyze', 'review'] as const), default: 'analyze' },
  'review-quarter': { schema: quarter, default: '' },
  'report-path': { schema: lines, default: '.report.json' },
  'report-format': { schema: oneOf(['auto', 'pytest-json', 'junit', 'reportlog'] as const), default: 'auto' },
  'component-map': { schema: optionalPath, default: '' },
  'github-token': { schema: z.string(), default: '' },
  'history-repository': { schema: repository, default: '' },
  'history-branch': { schema: branchName, default: 'test-history' },
  'store-history': { schema: oneOf(['auto', 'always', 'never'] as const), default: 'auto' },
  'retention-days': { schema: wholeNumber(0, 36500), default: '180' },
  'squash-history': { schema: boolean, default: 'false' },
  'fail-on-store-error': { schema: boolean, default: 'true' },
  // the runner fills the default in; run elsewhere, the expression itself arrives and means "no leg"
  'matrix-leg': { schema: z.string().transform((s) => (s.trim().startsWith('${{') ? '' : s.trim())), default: '${{ strategy.job-index }}' },
  'fail-on-test-failure': { schema: boolean, default: 'false' },
  'require-tests': { schema: boolean, default: 'true' },
  'incident-label': { schema: trimmed.pipe(z.string().min(1, 'a label name')), default: 'incident' },
  'component-label-prefix': { schema: labelPrefix, default: 'component:' },
  'failure-mode-label-prefix': { schema: labelPrefix, default: 'failure-mode:' },
  'incidents-file': { schema: optionalPath, default: '' },
  'incident-authors': { schema: incidentAuthors, default: DEFAULT_INCIDENT_AUTHORS },
  'window-days': { schema: wholeNumber(1, 365), default: '7' },
  'dead-weight-days': { schema: wholeNumber(1, 3650), default: '180' },
  'flaky-days': { schema: wholeNumber(1, 3650), default: '90' },
  'analysis-branches': { schema: branchList, default: '' },
  'protect-load-bearing': { schema: oneOf(['warn', 'fail', 'off'] as const), default: 'warn' },
  'protect-level': { schema: oneOf(['predictive', 'possible', 'all'] as const), default: 'predictive' },
  'test-renames': { schema: optionalPath, default: '' },
  'comment-on-incidents': { schema: boolean, default: 'true' },
  'max-incident-comments': { schema: wholeNumber(0, 1000), default: '20' },
  'comment-on-pull-request': { schema: boolean, default: 'false' },
  'findings-file': { schema: optionalPath, default: '' },
  'prometheus-url': { schema: trimmed.pipe(z.union([z.literal(''), z.string().regex(/^https?:\/\/\S+$/, 'an http(s) URL of Prometheus (or a compatible API), or empty')], { error: 'an http(s) URL of Prometheus (or a compatible API), or empty' })), default: '' },
  'prometheus-token': { schema: z.string(), default: '' },
  'prometheus-basic-auth': { schema: z.string(), default: '' },
  'metrics-error-rate-query': { schema: trimmed, default: '' },
  'metrics-latency-query': { schema: trimmed, default: '' },
  'metrics-latency-unit': { schema: oneOf(['seconds', 'milliseconds'] as const), default: 'seconds' },
  'metrics-file': { schema: optionalPath, default: '' },
  'slo-latency-p99-ms': { schema: trimmed.pipe(z.union([z.literal(''), z.string().regex(/^\d+(\.\d+)?$/, 'a number of milliseconds, or empty for none')], { error: 'a number of milliseconds, or empty for none' })), default: '' },
  'slo-error-rate': { schema: trimmed.pipe(z.union([z.literal(''), z.string().regex(/^\d+(\.\d+)?%?$/, 'a rate such as `1%` or `0.01`, or empty for none')], { error: 'a rate such as `1%` or `0.01`, or empty for none' })), default: '' },
  'alert-within-minutes': { schema: wholeNumber(1, 1440), default: '10' },
  'metrics-timeout-ms': { schema: wholeNumber(100, 600000), default: '10000' }
} as const

export type InputName = keyof typeof INPUTS
type Parsed<N extends InputName> = z.output<(typeof INPUTS)[N]['schema']>

export interface Config {
  /** analyze: the test-run and incident jobs; review: the quarterly health review issue */
  mode: Parsed<'mode'>
  /** null: the current quarter */
  reviewQuarter: string | null
  reportPaths: Parsed<'report-path'>
  reportFormat: Parsed<'report-format'>
  componentMap: string | null
  githubToken: string
  historyRepository: string | null
  historyBranch: string
  storeHistory: Parsed<'store-history'>
  retentionDays: number
  squashHistory: boolean
  failOnStoreError: boolean
  /** which leg of a matrix job this is (part of the run's identity); '' outside a matrix */
  matrixLeg: string
  /** fail the step when the run has failed or erroring tests */
  failOnTestFailure: boolean
  /** fail the step when no report file matches or the report holds no tests */
  requireTests: boolean
  incidentLabel: string
  componentLabelPrefix: string
  failureModeLabelPrefix: string
  incidentsFile: string | null
  /** whose incident issues are analysed (`incident-authors`) */
  incidentAuthors: TrustPolicy
  windowDays: number
  deadWeightDays: number
  flakyDays: number
  /** empty: the repository's default branch */
  analysisBranches: string[]
  protectLoadBearing: Parsed<'protect-load-bearing'>
  /** which load-bearing tests the gate protects, by verdict */
  protectLevel: Parsed<'protect-level'>
  /** a JSON file mapping old test nodeids to new ones; null: none */
  testRenames: string | null
  commentOnIncidents: boolean
  maxIncidentComments: number
  /** the run verdict as a comment on the pull request (needs `pull-requests: write`) */
  commentOnPullRequest: boolean
  /** null: `<RUNNER_TEMP>/findings.json` */
  findingsFile: string | null
  /** production metrics (Prometheus or a file); see src/metrics */
  metrics: {
    prometheusUrl: string | null
    prometheusToken: string | null
    basicAuth: string | null
    errorRateQuery: string | null
    latencyQuery: string | null
    latencyUnit: Parsed<'metrics-latency-unit'>
    metricsFile: string | null
    sloLatencyP99Ms: number | null
    /** as written (`1%` or `0.01`); src/metrics parses it */
    sloErrorRate: string | null
    alertWithinMinutes: number
    timeoutMs: number
  }
}

/** The defaults action.yml declares, so a test can check the two never disagree. */
export const INPUT_DEFAULTS: Record<InputName, string> = Object.fromEntries(
  Object.entries(INPUTS).map(([name, spec]) => [name, spec.default])
) as Record<InputName, string>

/**
 * Parse every input. `getInput` returns the raw value ('' when unset, as @actions/core does);
 * an unset input takes its default. Throws one InputError listing every bad input.
 */
export function parseInputs(getInput: (name: string) => string): Config {
  const problems: string[] = []
  const value = <N extends InputName>(name: N): Parsed<N> => {
    const spec = INPUTS[name]
    const raw = getInput(name)
    const given = raw.trim() === '' ? spec.default : raw
    const result = spec.schema.safeParse(given)
    if (result.success) return result.data as Parsed<N>
    const allowed = result.error.issues.map((i) => i.message).join('; ')
    problems.push(`input \`${name}\` is ${JSON.stringify(truncateValue(given))}: expected ${allowed}.`)
    return undefined as Parsed<N>
  }
  const sloLatency = value('slo-latency-p99-ms')
  const config: Config = {
    mode: value('mode'),
    reviewQuarter: value('review-quarter') || null,
    reportPaths: value('report-path'),
    reportFormat: value('report-format'),
    componentMap: value('component-map'),
    githubToken: value('github-token'),
    historyRepository: value('history-repository') || null,
    historyBranch: value('history-branch'),
    storeHistory: value('store-history'),
    retentionDays: value('retention-days'),
    squashHistory: value('squash-history'),
    failOnStoreError: value('fail-on-store-error'),
    matrixLeg: value('matrix-leg'),
    failOnTestFailure: value('fail-on-test-failure'),
    requireTests: value('require-tests'),
    incidentLabel: value('incident-label'),
    componentLabelPrefix: value('component-label-prefix'),
    failureModeLabelPrefix: value('failure-mode-label-prefix'),
    incidentsFile: value('incidents-file'),
    incidentAuthors: value('incident-authors'),
    windowDays: value('window-days'),
    deadWeightDays: value('dead-weight-days'),
    flakyDays: value('flaky-days'),
    analysisBranches: value('analysis-branches'),
    protectLoadBearing: value('protect-load-bearing'),
    protectLevel: value('protect-level'),
    testRenames: value('test-renames'),
    commentOnIncidents: value('comment-on-incidents'),
    maxIncidentComments: value('max-incident-comments'),
    commentOnPullRequest: value('comment-on-pull-request'),
    findingsFile: value('findings-file'),
    metrics: {
      prometheusUrl: value('prometheus-url') || null,
      prometheusToken: value('prometheus-token') || null,
      basicAuth: value('prometheus-basic-auth') || null,
      errorRateQuery: value('metrics-error-rate-query') || null,
      latencyQuery: value('metrics-latency-query') || null,
      latencyUnit: value('metrics-latency-unit'),
      metricsFile: value('metrics-file'),
      sloLatencyP99Ms: sloLatency ? Number(sloLatency) : null,
      sloErrorRate: value('slo-error-rate') || null,
      alertWithinMinutes: value('alert-within-minutes'),
      timeoutMs: value('metrics-timeout-ms')
    }
  }
  if (problems.length > 0) {
    throw new InputError(
      `${problems.length === 1 ? 'An input is' : 'Some inputs are'} not valid. ${problems.join(' ')} ` +
        'Fix the `with:` block of this step (see the README, "Inputs").'
    )
  }
  return config
}

function truncateValue(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value
}
