/**
 * The README's conftest snippet, run by a real pytest: it must load without pytest-json-report
 * (the optional hook), and its tags must reach the action through JUnit properties.
 * .ci/run installs Debian's python3-pytest where no pytest is found.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readReports } from '../../src/report/index.js'

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
