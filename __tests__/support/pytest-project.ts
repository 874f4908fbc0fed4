/**
 * Runs a real pytest on a small project with the real report plugins (pytest-json-report,
 * pytest-metadata, pytest-reportlog) of ../shared/tools/pytest-plugins, writing all three report
 * formats. The plugin folder is looked for as `shared/tools/pytest-plugins` beside the repository
 * or beside one of its parent folders (a git worktree sits deeper), or given as PYTEST_PLUGINS_DIR.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

export function pytestPluginsDir(): string {
  const given = process.env.PYTEST_PLUGINS_DIR
  if (given) return given
  let dir = resolve(process.cwd())
  for (;;) {
    const candidate = join(dirname(dir), 'shared', 'tools', 'pytest-plugins')
    if (existsSync(join(candidate, 'pytest_jsonreport'))) return candidate
    if (dirname(dir) === dir) break
    dir = dirname(dir)
  }
  throw new Error('The pytest plugins folder ../shared/tools/pytest-plugins was not found beside the repository; set PYTEST_PLUGINS_DIR to it.')
}

export function pythonWithPytest(): string {
  for (const python of ['python3', '/usr/bin/python3']) {
    if (spawnSync(python, ['-m', 'pytest', '--version']).status === 0) return python
  }
  throw new Error('No python3 with pytest here: install one (`apt-get install -y python3-pytest`, as .ci/run does).')
}

export interface PytestResult {
  dir: string
  status: number | null
  stdout: string
  stderr: string
  /** the three reports, relative to dir */
  json: string
  junit: string
  reportlog: string
}

/** Writes `files` into a fresh folder and runs pytest there with every report format on. */
export function runPytestProject(files: Record<string, string>, extraArgs: string[] = []): PytestResult {
  const dir = mkdtempSync(join(tmpdir(), 'pytest-project-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  const env = { ...process.env, PYTHONPATH: pytestPluginsDir(), PYTHONDONTWRITEBYTECODE: '1' }
  const args = ['-m', 'pytest', '-p', 'no:cacheprovider', '-q', '--json-report', '--json-report-file=report.json', '--report-log=report.jsonl', '--junitxml=report.xml', ...extraArgs]
  const result = spawnSync(pythonWithPytest(), args, { cwd: dir, env, encoding: 'utf8' })
  return { dir, status: result.status, stdout: result.stdout, stderr: result.stderr, json: 'report.json', junit: 'report.xml', reportlog: 'report.jsonl' }
}

/** Small projects whose pytest does not finish, with the exit code pytest gives them. */
export const UNFINISHED_PROJECTS: Record<'interrupted' | 'internal-error' | 'usage-error' | 'no-tests', { exit: number; files: Record<string, string>; args?: string[] }> = {
  interrupted: {
    exit: 2,
    files: {
      'test_checkout.py': 'def test_first():\n    pass\n\n\ndef test_interrupted():\n    raise KeyboardInterrupt\n\n\ndef test_never_run():\n    pass\n'
    }
  },
  'internal-error': {
    exit: 3,
    files: {
      'conftest.py': 'def pytest_collection_modifyitems(items):\n    raise RuntimeError("a conftest hook with a bug")\n',
      'test_checkout.py': 'def test_first():\n    pass\n'
    }
  },
  'usage-error': {
    exit: 4,
    files: { 'test_checkout.py': 'def test_first():\n    pass\n' },
    args: ['tests_that_do_not_exist']
  },
  'no-tests': {
    exit: 5,
    files: { 'test_checkout.py': 'def helper():\n    pass\n' }
  }
}

/** A finished run with a failure (exit code 1), for contrast. */
export const FINISHED_PROJECT: Record<string, string> = {
  'test_checkout.py': 'def test_first():\n    pass\n\n\ndef test_second():\n    assert 1 + 1 == 3\n'
}
