/**
 * The README's conftest snippet, run by a real pytest: it must load without pytest-json-report
 * (the optional hook), its tags must reach the action through JUnit properties, and with the real
 * report plugins (pytest-json-report, pytest-metadata, pytest-reportlog) one session written in all
 * three formats must read as the same tests with the same tags.
 * .ci/run installs Debian's python3-pytest where no pytest is found; the plugins come from the
 * folder described in pluginsFolder(), or from the Python installation (CI installs them with pip).
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { readReports } from '../../src/report/index.js'
import { DIST_CLI, runAction, spawnNode } from '../support/run-action.js'

function pythonWithPytest(): string {
  for (const python of ['python3', '/usr/bin/python3']) {
    if (spawnSync(python, ['-m', 'pytest', '--version']).status === 0) return python
  }
  throw new Error('No python3 with pytest here: install one (`apt-get install -y python3-pytest`, as .ci/run does).')
}

function readmeConftest(): string {
  const readme = readFileSync('README.md', 'utf8')
  const block = /```python\n(# conftest\.py\n[\s\S]*?)```/.exec(readme)
  if (!block) throw new Error('README.md has no ```python block starting with "# conftest.py"')
  return block[1]
}

const TESTS = `import pytest

pytestmark = pytest.mark.component("checkout-service")


@pytest.mark.failure_mode("payment_timeout")
def test_timeout():
    pass


@pytest.mark.component("inventory-service")
@pytest.mark.failure_mode("stock_race")
@pytest.mark.incident("#12")
def test_stock_race():
    assert 1 + 1 == 3


class TestRefunds:
    def test_refund(self):
        pass
`

describe('the README conftest snippet', () => {
  it('runs under a real pytest and tags every test through record_property', async () => {
    const python = pythonWithPytest()
    const dir = mkdtempSync(join(tmpdir(), 'conftest-'))
    writeFileSync(join(dir, 'conftest.py'), readmeConftest())
    writeFileSync(join(dir, 'test_checkout.py'), TESTS)
    const result = spawnSync(python, ['-m', 'pytest', '-p', 'no:cacheprovider', '-q', '-o', 'junit_family=xunit1', '--junitxml=report.xml'], { cwd: dir, encoding: 'utf8' })
    expect(result.stderr).not.toContain('PluginValidationError')
    expect(result.status).toBe(1) // one test fails on purpose
    const run = await readReports(['report.xml'], { format: 'auto', componentMap: null, cwd: dir })
    const byName = Object.fromEntries(run.tests.map((t) => [t.nodeid, t]))
    expect(byName['test_checkout.py::test_timeout']).toMatchObject({ component: 'checkout-service', failure_mode: 'payment_timeout', tag_source: 'user_properties', outcome: 'passed' })
    expect(byName['test_checkout.py::test_stock_race']).toMatchObject({ component: 'inventory-service', failure_mode: 'stock_race', incident: '#12', outcome: 'failed' })
    expect(byName['test_checkout.py::TestRefunds::test_refund']).toMatchObject({ component: 'checkout-service', failure_mode: 'general' })
  })
})

/**
 * The unchanged report plugins users install with pip, kept beside the repository for machines
 * that cannot reach the Python package index: `../shared/tools/pytest-plugins` from the repository
 * (one level further up for a git worktree kept in a folder of its own).
 */
function pluginsFolder(): string | null {
  const candidates = [resolve('..', 'shared', 'tools', 'pytest-plugins'), resolve('..', '..', 'shared', 'tools', 'pytest-plugins')]
  return candidates.find((dir) => existsSync(join(dir, 'pytest_jsonreport'))) ?? null
}

const PLUGIN_MODULES = ['pytest_jsonreport', 'pytest_metadata', 'pytest_reportlog']

/** How to run pytest with the three plugins: PYTHONPATH for the folder, nothing when they are installed; null: not available. */
function pluginSetup(python: string): { env: Record<string, string> } | null {
  const folder = pluginsFolder()
  if (folder) return { env: { PYTHONPATH: [folder, process.env.PYTHONPATH].filter(Boolean).join(':') } }
  const imported = spawnSync(python, ['-c', `import ${PLUGIN_MODULES.join(', ')}`])
  return imported.status === 0 ? { env: {} } : null
}

const MISSING_PLUGINS =
  'pytest-json-report, pytest-metadata and pytest-reportlog are neither in ../shared/tools/pytest-plugins (beside the repository) ' +
  'nor installed in python3 (`pip install pytest-json-report pytest-metadata pytest-reportlog`)'

interface Seen {
  outcome: string
  component: string
  failure_mode: string
  incident: string | null
  tag_source: string
}

/** What `node dist/cli.js parse --json` makes of one report: format and tests by nodeid. */
async function parsedByCli(file: string): Promise<{ format: string; tests: Record<string, Seen> }> {
  const { code, stdout, stderr } = await spawnNode([DIST_CLI, 'parse', file, '--json'], { PATH: process.env.PATH, HOME: process.env.HOME }, process.cwd())
  expect(stderr).toBe('')
  expect(code).toBe(0)
  const run = JSON.parse(stdout) as { meta: { format: string }; tests: Array<Seen & { nodeid: string }> }
  const tests = Object.fromEntries(run.tests.map(({ nodeid, outcome, component, failure_mode, incident, tag_source }) => [nodeid, { outcome, component, failure_mode, incident, tag_source }]))
  return { format: run.meta.format, tests }
}

describe('the README conftest snippet with the real report plugins', () => {
  const python = pythonWithPytest()
  const setup = pluginSetup(python)
  if (!setup && process.env.CI === 'true') {
    it('has the report plugins it needs', () => {
      throw new Error(`${MISSING_PLUGINS}. CI must run this test: install them before \`npm test\`.`)
    })
    return
  }
  if (!setup) console.warn(`Skipping the three-format pytest test: ${MISSING_PLUGINS}.`)
  const run = setup ? it : it.skip

  run('one session in pytest-json-report, JUnit XML and reportlog: the same tests and tags, through the CLI and the action', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conftest-plugins-'))
    writeFileSync(join(dir, 'conftest.py'), readmeConftest())
    writeFileSync(join(dir, 'test_checkout.py'), TESTS)
    // `--metadata` is pytest-metadata's option: without the plugin pytest stops with a usage error (exit 4)
    const pytestEnv = { ...process.env, ...setup?.env }
    const args = ['-m', 'pytest', '-p', 'no:cacheprovider', '-q', '-o', 'junit_family=xunit1', '--json-report', '--json-report-file=report.json', '--report-log=report.jsonl', '--junitxml=report.xml', '--metadata', 'ci', 'yes']
    const pytest = spawnSync(python, args, { cwd: dir, encoding: 'utf8', env: pytestEnv })
    expect(pytest.stderr).not.toContain('PluginValidationError')
    expect(pytest.stdout).not.toContain('unrecognized arguments')
    expect(pytest.status).toBe(1) // one test fails on purpose

    // the plugins really ran: their own marks in their own files
    const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))
    expect(json).toHaveProperty('summary.total', 3)
    expect(json.tests.find((t: { nodeid: string }) => t.nodeid === 'test_checkout.py::test_stock_race').metadata).toEqual({ component: 'inventory-service', failure_mode: 'stock_race', incident: '#12' })
    expect(readFileSync(join(dir, 'report.jsonl'), 'utf8')).toContain('"$report_type": "SessionFinish"')

    const expected: Record<string, Omit<Seen, 'tag_source'>> = {
      'test_checkout.py::test_timeout': { outcome: 'passed', component: 'checkout-service', failure_mode: 'payment_timeout', incident: null },
      'test_checkout.py::test_stock_race': { outcome: 'failed', component: 'inventory-service', failure_mode: 'stock_race', incident: '#12' },
      'test_checkout.py::TestRefunds::test_refund': { outcome: 'passed', component: 'checkout-service', failure_mode: 'general', incident: null }
    }
    // the tags are the same in every format; where they come from differs: JUnit carries only the
    // record_property values, and pytest-json-report, when it runs in the same session, adds its
    // per-test metadata to each reportlog line
    const formats = { 'report.json': ['pytest-json', 'metadata'], 'report.xml': ['junit', 'user_properties'], 'report.jsonl': ['reportlog', 'metadata'] }
    for (const [file, [format, tagSource]] of Object.entries(formats)) {
      const parsed = await parsedByCli(join(dir, file))
      expect(parsed.format).toBe(format)
      expect(Object.keys(parsed.tests).sort()).toEqual(Object.keys(expected).sort())
      for (const [nodeid, seen] of Object.entries(expected)) expect(parsed.tests[nodeid]).toEqual({ ...seen, tag_source: tagSource })
    }

    // the action reads the primary format the same way
    const action = await runAction({ workspace: dir, inputs: { 'report-path': 'report.json', 'store-history': 'never', 'comment-on-incidents': 'false' } })
    expect(action.exitCode).toBe(0)
    expect(action.outputs).toMatchObject({ total: '3', passed: '2', failed: '1', untagged: '0' })
  })
})
