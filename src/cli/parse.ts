import { readReports, loadComponentMap } from '../report/index.js'
import { runTotals } from '../render/run-section.js'
import { DEFAULT_COMPONENT, isFailure } from '../report/constants.js'
import { stringOption, UsageError, type Command } from './args.js'
import { writeJson } from './json-output.js'

const usage = `Usage: node dist/cli.js parse FILE... [--format F] [--component-map F] [--json]

Reads pytest reports (pytest-json-report, JUnit XML or pytest-reportlog; several files or globs
become one run) and prints the normalised run: a short summary, or the whole run as JSON.

Options:
  --format F          auto (default, from the content), pytest-json, junit or reportlog
  --component-map F   CODEOWNERS-style file mapping test paths to components
  --json              print the normalised run as JSON
  -h, --help          this text`

export const parseCommand: Command = {
  usage,
  options: {
    format: { type: 'string' },
    'component-map': { type: 'string' },
    json: { type: 'boolean' }
  },
  async run(values, positionals) {
    if (positionals.length === 0) throw new UsageError(`parse needs at least one report file.\n\n${usage}`)
    const format = parseFormat(stringOption(values, 'format'))
    const mapPath = stringOption(values, 'component-map')
    const componentMap = mapPath ? await loadComponentMap(mapPath) : null
    const run = await readReports(positionals, { format, componentMap, cwd: process.cwd() })
    if (values.json) {
      await writeJson(process.stdout, run)
      return 0
    }
    const totals = runTotals(run)
    const lines = [
      `${run.meta.files.join(', ')} (${run.meta.format}): ${totals.total} tests, ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
      `untagged (component ${DEFAULT_COMPONENT}): ${totals.untagged}`
    ]
    const failures = run.tests.filter((t) => isFailure(t.outcome))
    for (const t of failures.slice(0, 20)) lines.push(`  ${t.outcome.padEnd(7)} ${t.nodeid}${t.message ? `: ${t.message.split('\n')[0]}` : ''}`)
    if (failures.length > 20) lines.push(`  ... and ${failures.length - 20} more`)
    for (const notice of run.notices) lines.push(`note: ${notice}`)
    console.log(lines.join('\n'))
    return 0
  }
}

export function parseFormat(value: string | undefined): 'auto' | 'pytest-json' | 'junit' | 'reportlog' {
  if (value === undefined) return 'auto'
  if (value === 'auto' || value === 'pytest-json' || value === 'junit' || value === 'reportlog') return value
  throw new UsageError(`--format must be auto, pytest-json, junit or reportlog, not ${JSON.stringify(value)}.`)
}
