import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import type { Findings } from '../analysis/types.js'
import type { OctokitLog } from '../github.js'
import { openHistory, DEFAULT_BRANCH } from '../history/store.js'
import { readIncidentsFile } from '../incidents/file.js'
import type { Incident } from '../incidents/types.js'
import { DEFAULT_INCIDENT_AUTHORS, parseIncidentAuthors, partitionByTrust } from '../incidents/trust.js'
import type { UntrustedIncident } from '../incidents/types.js'
import type { MetricsConfig, ProductionImpact } from '../metrics/index.js'
import { cliLogger } from './logger.js'
import { ANALYSIS_OPTIONS, analysisOptionsFrom, dateOption, numberOption, requiredOption, stringOption, UsageError, type Command } from './args.js'

const usage = `Usage: node dist/cli.js analyze --repo URL|PATH [--branch B] (--incidents FILE | --github owner/repo)
                                [--now ISO] [--window-days N] [--dead-weight-days N] [--flaky-days N]
                                [--branches LIST] [--test-renames FILE] [--json FILE|-] [--summary FILE] [--comments DIR]

Correlates the history with the incidents (CONTRACT.md) and writes the findings.

Options:
  --repo URL|PATH        the repository holding the history
  --branch B             the data branch (default ${DEFAULT_BRANCH})
  --incidents FILE       a JSON incidents file (see the README, "Incidents file")
  --github owner/repo    read incidents from that repository's issues (GITHUB_TOKEN, GITHUB_API_URL)
  --label L              the incident label with --github (default incident)
  --incident-authors L   with --github, whose issues count: roles and/or logins, comma-separated
                         (default ${DEFAULT_INCIDENT_AUTHORS}; * for everybody); others are listed as untrusted
  --now ISO              analyse as of this time (default: now)
  --window-days N        default 7
  --dead-weight-days N   default 180
  --flaky-days N         default 90
  --branches LIST        only runs of these branches (comma-separated; default: every branch)
  --test-renames FILE    a JSON object {"old nodeid": "new nodeid"}: renamed tests keep their history
  --json FILE|-          write findings.json to FILE, or to standard output with -
  --summary FILE         write the job summary markdown to FILE
  --comments DIR         write the comment each incident issue would get to DIR/<incident>.md
  --prometheus-url URL   read production metrics from Prometheus (PROMETHEUS_TOKEN: bearer token)
  --metrics-file F       or from a CSV/JSON export (service, timestamp, error_rate, latency_p99)
  --slo-latency-p99-ms N, --slo-error-rate R (1% or 0.01), --alert-within-minutes N (default 10)
  Without --json or --summary, a short text summary is printed.`

export const analyzeCommand: Command = {
  usage,
  options: {
    repo: { type: 'string' },
    branch: { type: 'string' },
    incidents: { type: 'string' },
    github: { type: 'string' },
    label: { type: 'string' },
    'incident-authors': { type: 'string' },
    now: { type: 'string' },
    ...ANALYSIS_OPTIONS,
    json: { type: 'string' },
    summary: { type: 'string' },
    comments: { type: 'string' },
    'prometheus-url': { type: 'string' },
    'metrics-file': { type: 'string' },
    'slo-latency-p99-ms': { type: 'string' },
    'slo-error-rate': { type: 'string' },
    'alert-within-minutes': { type: 'string' }
  },
  async run(values) {
    const remote = requiredOption(values, 'repo', usage)
    const incidentsFile = stringOption(values, 'incidents')
    const github = stringOption(values, 'github')
    if (!incidentsFile === !github) throw new UsageError(`Give exactly one of --incidents FILE and --github owner/repo.\n\n${usage}`)
    const now = dateOption(values, 'now') ?? new Date()
    const options = analysisOptionsFrom(values)
    // the incidents, the history and the analysis code come side by side: each mostly waits (on the
    // disk, on GitHub's API, on the git server), and none needs another
    const [incidentsRead, opened, loaded] = await Promise.allSettled([
      incidentsFile
        ? readIncidentsFile(incidentsFile).then((incidents) => ({ incidents, untrusted: [] as UntrustedIncident[] }))
        : incidentsFromGitHub(github as string, stringOption(values, 'label') ?? 'incident', stringOption(values, 'incident-authors') ?? DEFAULT_INCIDENT_AUTHORS),
      openHistory({ remote, branch: stringOption(values, 'branch') ?? DEFAULT_BRANCH, token: process.env.GITHUB_TOKEN, tempDir: tmpdir() }),
      loadAnalysisCode()
    ])
    // a mistake in the incidents is reported first, as when they were read before the history
    if (opened.status === 'fulfilled' && (incidentsRead.status === 'rejected' || loaded.status === 'rejected')) await opened.value.dispose()
    const { incidents, untrusted } = settledValue(incidentsRead)
    const clone = settledValue(opened)
    const code = settledValue(loaded)
    const { analyze, computeTrends, findingsDocument, firstRunAt, renderSummary, renderTrendsSection, writeFindingsFile, writeJson } = code
    let findings: Findings
    let trends: string | undefined
    let impact: ProductionImpact | null = null
    let historyStart: string | null
    try {
      findings = analyze(clone.rollup(), incidents, { ...options, now, untrustedIncidents: untrusted })
      historyStart = firstRunAt(clone.rollup().runs, findings.options.analysis_branches)
      if (stringOption(values, 'summary')) trends = renderTrendsSection(computeTrends(clone.rollup(), incidents, { now, analysisOptions: options }))
      const metrics = await metricsOptions(values)
      // the metrics code (and the GitHub client below) is loaded only by the runs that use it
      if (metrics) impact = await (await import('../metrics/index.js')).productionImpact(findings, incidents, metrics, { warn: (m) => console.error(`warning: ${m}`) }, { tests: clone.rollup().tests })
    } finally {
      await clone.dispose()
    }
    const jsonTarget = stringOption(values, 'json')
    const summaryTarget = stringOption(values, 'summary')
    const commentsDir = stringOption(values, 'comments')
    if (jsonTarget === '-') await writeJson(process.stdout, findingsDocument(findings, impact))
    else if (jsonTarget) await writeFindingsFile(jsonTarget, findings, impact)
    if (summaryTarget) {
      const { text } = renderSummary({ status: [], notices: [], findings, run: null, findingsPath: jsonTarget && jsonTarget !== '-' ? jsonTarget : null, trends, impact, historyStart })
      await writeFile(summaryTarget, text)
    }
    if (commentsDir) await writeComments(commentsDir, findings, impact)
    if (!jsonTarget && !summaryTarget) console.log(textSummary(findings))
    return 0
  }
}

/**
 * The incident issues of a repository, as the action reads them: only trusted authors' issues are
 * analysed (the others are listed), and an issue whose detection time cannot be read is left out
 * with a warning naming it rather than analysed at a guessed time.
 */
async function incidentsFromGitHub(repository: string, label: string, authors: string): Promise<{ incidents: Incident[]; untrusted: UntrustedIncident[] }> {
  const [owner, repo] = repository.split('/')
  if (!owner || !repo) throw new UsageError(`--github takes owner/repo, not ${JSON.stringify(repository)}.`)
  const { policy, invalid } = parseIncidentAuthors(authors)
  if (invalid.length > 0) throw new UsageError(`--incident-authors takes roles (OWNER, MEMBER, COLLABORATOR, ...), logins or *; not ${invalid.map((i) => JSON.stringify(i)).join(', ')}.`)
  const token = process.env.GITHUB_TOKEN ?? ''
  const { createOctokit } = await import('../github.js')
  const { fetchIncidentIssues } = await import('../incidents/github.js')
  const all = await fetchIncidentIssues(createOctokit(token, { log: await cliOctokitLog() }), { owner, repo, label, componentPrefix: 'component:', failureModePrefix: 'failure-mode:' })
  const { trusted, untrusted } = partitionByTrust(all, policy)
  for (const incident of trusted.filter((i) => i.unusable)) console.error(`warning: incident ${incident.id} was left out: ${incident.unusable}`)
  return { incidents: trusted.filter((i) => !i.unusable), untrusted }
}

/** The value of a settled promise, or its reason thrown. */
function settledValue<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason
  return result.value
}

/**
 * The code `analyze` runs once the history is read, loaded while the history is fetched: a whole
 * process is mostly waiting on the server and loading code, and the two need not take turns.
 */
async function loadAnalysisCode() {
  const [analysis, output, summary, trendsSection, trends, json] = await Promise.all([
    import('../analysis/index.js'),
    import('../findings-output.js'),
    import('../render/summary.js'),
    import('../render/trends.js'),
    import('../trends/index.js'),
    import('./json-output.js')
  ])
  return {
    analyze: analysis.analyze,
    findingsDocument: output.findingsDocument,
    writeFindingsFile: output.writeFindingsFile,
    firstRunAt: summary.firstRunAt,
    renderSummary: summary.renderSummary,
    renderTrendsSection: trendsSection.renderTrendsSection,
    computeTrends: trends.computeTrends,
    writeJson: json.writeJson
  }
}

/** The metrics options of `analyze`, or null when no source is given. */
async function metricsOptions(values: Record<string, unknown>): Promise<MetricsConfig | null> {
  const prometheusUrl = stringOption(values, 'prometheus-url') ?? null
  const metricsFile = stringOption(values, 'metrics-file') ?? null
  if (!prometheusUrl && !metricsFile) return null
  const slo = stringOption(values, 'slo-latency-p99-ms')
  const rate = stringOption(values, 'slo-error-rate')
  if (slo !== undefined && !/^\d+(\.\d+)?$/.test(slo)) throw new UsageError(`--slo-latency-p99-ms takes a number of milliseconds, not ${JSON.stringify(slo)}.`)
  const { metricsConfig, parseErrorRate } = await import('../metrics/index.js')
  return metricsConfig({
    prometheusUrl,
    prometheusToken: process.env.PROMETHEUS_TOKEN || null,
    metricsFile,
    sloLatencyP99Ms: slo === undefined ? null : Number(slo),
    sloErrorRate: rate === undefined ? null : parseErrorRate(rate, '--slo-error-rate'),
    alertWithinMinutes: numberOption(values, 'alert-within-minutes', 10)
  })
}

/** One markdown file per incident: the body its issue comment would get. */
export async function writeComments(dir: string, findings: Findings, impact: ProductionImpact | null = null): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const written: string[] = []
  const render = (await import('../action/comments.js')).commentRenderer(impact)
  for (const incident of findings.incidents) {
    const name = incident.incident_id.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^[._]+/, '').slice(0, 80) || 'incident'
    const path = join(dir, `${name}.md`)
    await writeFile(path, render(incident, findings))
    written.push(path)
  }
  return written
}

export function textSummary(f: Findings): string {
  const m = f.metrics
  const lines = [
    `${f.incident_count} incidents, ${f.test_count} tests, ${f.run_count} runs`,
    `coverage gaps: ${f.gap_count} (coverage ${f.coverage_percentage} %)`,
    `incident coverage rate: ${m.incident_coverage_rate ?? 'n/a'} %, prediction rate: ${m.prediction_rate ?? 'n/a'} %`,
    `gap closure (median days): ${m.test_gap_closure_days ?? 'n/a'}, dead-weight ratio: ${m.dead_weight_ratio ?? 'n/a'} %`,
    `load-bearing: ${f.load_bearing_tests.length}, flaky: ${f.flaky_tests.length}, dead weight: ${f.dead_weight_tests.length}`
  ]
  for (const g of f.coverage_gaps) lines.push(`  gap ${g.incident} (${g.component}, ${g.gap_type}): ${g.recommendation}`)
  if (f.unclassified_incidents.length > 0) lines.push(`unclassified incidents: ${f.unclassified_incidents.map((u) => u.incident_id).join(', ')}`)
  return lines.join('\n')
}

/** Octokit's messages on the command line: warnings as plain stderr lines, no workflow commands outside Actions. */
async function cliOctokitLog(): Promise<OctokitLog> {
  const logger = await cliLogger()
  return { debug: (m) => logger.debug(m), info: (m) => logger.debug(m), warn: (m) => logger.warning(m), error: (m) => logger.debug(m) }
}
