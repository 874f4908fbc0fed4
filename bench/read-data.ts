// Seeded generator of pytest-json-report files in the real shape (FORMATS.md §1: key order,
// stage objects, crash/traceback/longrepr on failures, keywords, metadata, user_properties,
// collectors), written in batches so a 600 MB file never sits in memory.
import { closeSync, openSync, writeSync } from 'node:fs'
import { seededRandom } from './prng.js'


/** Outcome of test i from a hash of i, so the summary can be counted before the tests are written. */
function outcomeOf(i: number, seed: number): string {
  let h = Math.imul(i ^ seed, 0x9e3779b1) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0
  const r = (h % 10000) / 10000
  if (r < 0.01) return 'failed'
  if (r < 0.025) return 'skipped'
  if (r < 0.027) return 'error'
  if (r < 0.028) return 'xfailed'
  if (r < 0.0285) return 'rerun'
  if (r < 0.0287) return 'xpassed'
  return 'passed'
}

const COMPONENTS = ['checkout-service', 'inventory-service', 'refund-service', 'search', 'auth', 'billing']
const MODES = ['payment_timeout', 'gateway_5xx', 'stock_race', 'db_down', 'general']
const TESTS_PER_MODULE = 60

function nodeidOf(i: number): { nodeid: string; file: string; cls: string; name: string; pkg: string } {
  const module = Math.floor(i / TESTS_PER_MODULE)
  const pkg = `pkg${module % 23}`
  const file = `tests/${pkg}/test_module_${module}.py`
  const cls = `Test${['Parse', 'Render', 'Cache', 'Sync', 'Api'][module % 5]}${i % 7}`
  const name = `test_behaviour_of_component_${i}`
  const param = i % 4 === 0 ? `[case-${i % 13}-${i % 5 === 0 ? 'float64' : 'int32'}]` : ''
  return { nodeid: `${file}::${cls}::${name}${param}`, file, cls, name: name + param, pkg }
}

function testObject(i: number, seed: number, rand: () => number): Record<string, unknown> {
  const { nodeid, file, cls, name, pkg } = nodeidOf(i)
  const outcome = outcomeOf(i, seed)
  const test: Record<string, unknown> = {
    nodeid,
    lineno: 10 + ((i * 37) % 3000),
    outcome,
    keywords: [name, cls, 'parametrize', 'pytestmark', 'usefixtures', 'filterwarnings', `case-${i % 13}`, file.split('/').pop(), `tests/${pkg}/__init__.py`, 'bench-project']
  }
  if (rand() < 0.5) {
    test.metadata = { markers: { component: COMPONENTS[i % COMPONENTS.length], failure_mode: MODES[i % MODES.length] } }
  }
  const stage = (result: string): Record<string, unknown> => ({ duration: rand() * 0.002, outcome: result })
  const crash = (message: string): Record<string, unknown> => ({
    path: `/home/runner/work/bench-project/bench-project/${file}`,
    lineno: 100 + (i % 400),
    message
  })
  const failure = (message: string): Record<string, unknown> => ({
    crash: crash(message),
    traceback: [
      { path: file, lineno: 100 + (i % 400), message: '' },
      { path: 'src/project/core.py', lineno: 40 + (i % 90), message: message.split(':')[0] }
    ],
    longrepr:
      `self = <${file.replace(/\//g, '.')}.${cls} object at 0x7f${(i * 2654435761).toString(16).slice(0, 10)}>\n\n` +
      `    def ${name.split('[')[0]}(self):\n        value = compute(${i})\n>       assert value == ${i + 1}\n` +
      `E       ${message}\n\n${file}:${100 + (i % 400)}: AssertionError`
  })
  test.setup = stage(outcome === 'error' ? 'failed' : 'passed')
  if (outcome === 'error') Object.assign(test.setup as object, failure('ConnectionError: fixture could not connect'))
  else {
    const call = stage(outcome === 'failed' ? 'failed' : outcome === 'skipped' || outcome === 'xfailed' ? 'skipped' : 'passed')
    if (outcome === 'failed') Object.assign(call, failure(`AssertionError: assert ${i} == ${i + 1}`))
    if (outcome === 'xfailed') Object.assign(call, failure('AssertionError: known bug'))
    if (outcome === 'skipped') call.longrepr = `('/home/runner/work/bench-project/bench-project/${file}', ${i % 300}, 'Skipped: needs network')`
    if (rand() < 0.1) call.stdout = `progress ${i}: fetched ${Math.floor(rand() * 1000)} rows from the fixture database\n`
    test.call = call
  }
  if (rand() < 0.1) test.user_properties = [{ component: COMPONENTS[(i + 1) % COMPONENTS.length] }]
  test.teardown = stage('passed')
  return test
}

export interface GeneratedReport {
  bytes: number
  tests: number
}

/**
 * Writes a pretty (`--json-report-indent=2`) pytest-json-report with `tests` tests to `path`.
 * About 884 bytes a test: 28,000 tests make ~25 MB, 712,000 tests ~600 MB.
 */
export function writePytestJsonReport(path: string, tests: number, seed: number): GeneratedReport {
  const rand = seededRandom(seed)
  const fd = openSync(path, 'w')
  let bytes = 0
  let batch: string[] = []
  let batchLength = 0
  const write = (text: string): void => {
    batch.push(text)
    batchLength += text.length
    if (batchLength > 1 << 20) flush()
  }
  const flush = (): void => {
    if (batch.length === 0) return
    bytes += writeSync(fd, batch.join(''))
    batch = []
    batchLength = 0
  }
  const indent = (json: string, spaces: string): string => spaces + json.replace(/\n/g, '\n' + spaces)
  try {
    const summary: Record<string, number> = {}
    for (let i = 0; i < tests; i++) {
      const o = outcomeOf(i, seed)
      summary[o] = (summary[o] ?? 0) + 1
    }
    Object.assign(summary, { total: tests, collected: tests })
    const head = {
      created: 1795510624.6668453,
      duration: tests * 0.0011,
      exitcode: 1,
      root: '/home/runner/work/bench-project/bench-project',
      environment: {},
      summary
    }
    write(JSON.stringify(head, null, 2).slice(0, -2) + ',\n  "collectors": [\n')
    const modules = Math.ceil(tests / TESTS_PER_MODULE)
    for (let m = 0; m < modules; m++) {
      const result = []
      for (let i = m * TESTS_PER_MODULE; i < Math.min(tests, (m + 1) * TESTS_PER_MODULE); i += 6) {
        result.push({ nodeid: nodeidOf(i).nodeid, type: 'Function', lineno: 10 + ((i * 37) % 3000) })
      }
      const collector = { nodeid: nodeidOf(m * TESTS_PER_MODULE).file, outcome: 'passed', result }
      write(indent(JSON.stringify(collector, null, 2), '    ') + (m < modules - 1 ? ',\n' : '\n'))
    }
    write('  ],\n  "tests": [\n')
    for (let i = 0; i < tests; i++) {
      write(indent(JSON.stringify(testObject(i, seed, rand), null, 2), '    ') + (i < tests - 1 ? ',\n' : '\n'))
    }
    write('  ],\n  "warnings": [\n    {\n      "message": "inventory API v1 is deprecated",\n      "category": "DeprecationWarning",\n      "when": "runtest",\n      "filename": "tests/pkg0/test_module_0.py",\n      "lineno": 40\n    }\n  ]\n}')
    flush()
  } finally {
    closeSync(fd)
  }
  return { bytes, tests }
}
