/**
 * Runs the bundled action (`node dist/index.js`) the way the runner does: inputs as INPUT_<NAME>,
 * the GITHUB_* variables, a step summary file and an output file; returns what it printed and wrote.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const DIST_INDEX = resolve('dist/index.js')
export const DIST_CLI = resolve('dist/cli.js')

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  summary: string
  outputs: Record<string, string>
  runnerTemp: string
}

export interface ActionEnv {
  inputs?: Record<string, string>
  workspace: string
  eventName?: string
  /** the event payload, written to a file for GITHUB_EVENT_PATH */
  payload?: unknown
  repository?: string
  sha?: string
  ref?: string
  headRef?: string
  apiUrl?: string
  serverUrl?: string
  runId?: string
  runAttempt?: string
  /** extra variables (HOME, ...) */
  env?: Record<string, string>
}

export async function runAction(options: ActionEnv): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'))
  const runnerTemp = join(dir, 'runner-temp')
  mkdirSync(runnerTemp)
  const summaryPath = join(dir, 'summary.md')
  const outputPath = join(dir, 'output.txt')
  const eventPath = join(dir, 'event.json')
  writeFileSync(summaryPath, '')
  writeFileSync(outputPath, '')
  writeFileSync(eventPath, JSON.stringify(options.payload ?? {}))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/shop',
    GITHUB_SHA: options.sha ?? '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_HEAD_REF: options.headRef ?? '',
    GITHUB_RUN_ID: options.runId ?? '4242',
    GITHUB_RUN_ATTEMPT: options.runAttempt ?? '1',
    GITHUB_WORKFLOW: 'tests',
    GITHUB_JOB: 'test',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SERVER_URL: options.serverUrl ?? 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9/unreachable',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: runnerTemp,
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const { code, stdout, stderr } = await spawnNode([DIST_INDEX], env, options.workspace)
  return {
    exitCode: code,
    stdout,
    stderr,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: existsSync(outputPath) ? parseOutputFile(readFileSync(outputPath, 'utf8')) : {},
    runnerTemp
  }
}

export function spawnNode(args: string[], env: Record<string, string | undefined>, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }))
  })
}

/** GITHUB_OUTPUT uses `name<<delimiter\nvalue\ndelimiter` blocks (what @actions/core writes). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
      outputs[name] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return outputs
}
