/**
 * The workflows people copy and the ones this repository runs: they parse, they grant write
 * permissions only where something is written, and the release workflow runs scripts that exist
 * and agree with package.json and CHANGELOG.md.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// js-yaml comes with jest (npm ci installs it); the workflows are read with a real YAML parser
const yaml = createRequire(import.meta.url)('js-yaml') as { safeLoad(text: string): unknown }

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  permissions?: Record<string, string> | string
  steps?: Step[]
}
interface Workflow {
  on: unknown
  permissions?: Record<string, string> | string
  jobs: Record<string, Job>
}

const WORKFLOWS = '.github/workflows'
const workflowFiles = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f))
const load = (path: string) => yaml.safeLoad(readFileSync(path, 'utf8')) as Workflow
const writes = (permissions: Job['permissions']): string[] =>
  typeof permissions === 'string' ? (permissions === 'write-all' ? ['everything'] : []) : Object.entries(permissions ?? {}).filter(([, level]) => level === 'write').map(([scope]) => scope)

/** The ```yaml blocks of the README that are workflows. */
function readmeWorkflows(): Array<{ name: string; workflow: Workflow }> {
  const readme = readFileSync('README.md', 'utf8')
  return [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => ({ name: /^# (\S+)/.exec(m[1])?.[1] ?? '(unnamed)', workflow: yaml.safeLoad(m[1]) as Workflow }))
    .filter(({ workflow }) => workflow !== null && typeof workflow === 'object' && 'jobs' in workflow)
}

describe("the repository's workflows", () => {
  it.each(workflowFiles)('%s parses, grants nothing at the top, and asks per job', (file) => {
    const workflow = load(join(WORKFLOWS, file))
    expect(workflow.on).toBeDefined()
    expect(workflow.permissions).toEqual({})
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect({ job: name, permissions: job.permissions }).toEqual({ job: name, permissions: expect.any(Object) })
      const allowed = file === 'release.yml' && name === 'release' ? ['contents'] : []
      expect({ job: name, writes: writes(job.permissions) }).toEqual({ job: name, writes: allowed })
    }
  })
})

describe('the other YAML files', () => {
  it.each(['action.yml', ...readdirSync('.github/ISSUE_TEMPLATE').map((f) => join('.github/ISSUE_TEMPLATE', f))])('%s parses', (file) => {
    expect(yaml.safeLoad(readFileSync(file, 'utf8'))).toEqual(expect.any(Object))
  })
})

describe("the README's workflows", () => {
  const workflows = readmeWorkflows()

  it('are there and parse', () => {
    expect(workflows.map((w) => w.name).sort()).toEqual(['.github/workflows/incidents.yml', '.github/workflows/test-health-review.yml', '.github/workflows/tests.yml'])
  })

  it('grant write permissions only to jobs that run the action and none of your code, and name the action <owner>/<repo>@v1', () => {
    for (const { name, workflow } of workflows) {
      expect({ name, top: writes(workflow.permissions) }).toEqual({ name, top: [] })
      for (const [jobName, job] of Object.entries(workflow.jobs)) {
        const steps = job.steps ?? []
        const usesAction = steps.some((s) => s.uses === '<owner>/<repo>@v1')
        for (const s of steps) if (s.uses && !s.uses.startsWith('actions/')) expect(s.uses).toBe('<owner>/<repo>@v1')
        if (writes(job.permissions).length > 0) {
          expect({ job: jobName, usesAction, runs: steps.filter((s) => s.run !== undefined).length }).toEqual({ job: jobName, usesAction: true, runs: 0 })
        }
      }
    }
    const tests = workflows.find((w) => w.name === '.github/workflows/tests.yml')?.workflow
    expect(writes(tests?.jobs['test-history'].permissions).sort()).toEqual(['contents', 'issues'])
    expect(writes(tests?.jobs.test.permissions)).toEqual([])
    expect(readFileSync('README.md', 'utf8')).not.toMatch(/OWNER\/test-incident-loop|OWNER\/REPO/)
  })
})

describe('releases', () => {
  const release = load(join(WORKFLOWS, 'release.yml'))
  const steps = release.jobs.release.steps ?? []
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>

  it('runs on version tags and by hand, and only uses scripts that exist', () => {
    expect(release.on).toMatchObject({ push: { tags: ['v*.*.*'] }, workflow_dispatch: { inputs: { version: { required: true } } } })
    const run = steps.map((s) => s.run ?? '').join('\n')
    const files = [...run.matchAll(/(?:^|\s)((?:scripts|\.ci)\/[\w./-]+)/g)].map((m) => m[1])
    expect(files).toContain('scripts/release-notes.mjs')
    for (const file of files) expect({ file, exists: existsSync(file) }).toEqual({ file, exists: true })
    for (const [, name] of run.matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(scripts)).toContain(name)
    expect(run).toContain('git status --porcelain -- dist') // dist/ must be what the build makes
    expect(run).toMatch(/git push -f origin "refs\/tags\/\$major"/) // the major tag moves
  })

  const notes = (args: string[]) => spawnSync(process.execPath, ['scripts/release-notes.mjs', ...args], { encoding: 'utf8' })

  it("package.json's version is semantic and has a dated CHANGELOG entry; [Unreleased] comes first", () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string
    expect(version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/)
    const result = notes([`v${version}`])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('### Added')
    const headings = readFileSync('CHANGELOG.md', 'utf8').split('\n').filter((l) => l.startsWith('## '))
    expect(headings[0]).toBe('## [Unreleased]')
    for (const heading of headings.slice(1)) expect(heading).toMatch(/^## \[\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\] - \d{4}-\d{2}-\d{2}$/)
  })

  it('refuses, in one paragraph, a tag that is not a version, one package.json does not have, and an entry that is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'release-'))
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '2.1.0' }))
    writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [Unreleased]\n\n## [2.0.0] - 2026-10-01\n\n### Fixed\n- a fix\n')
    const files = ['--package', join(dir, 'package.json'), '--changelog', join(dir, 'CHANGELOG.md')]
    for (const [tag, says] of [
      ['v2.1', 'is not a release tag'],
      ['v2.0.0', 'does not match the version'],
      ['v2.1.0', 'has no entry for 2.1.0']
    ]) {
      const result = notes([tag, ...files])
      expect(result.status).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toContain(says)
    }
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '2.0.0' }))
    expect(notes(['v2.0.0', ...files]).stdout).toBe('### Fixed\n- a fix\n')
  })
})
