/**
 * A thin wrapper around the git CLI. Commands run silently (their output is captured, never
 * echoed), with prompts disabled, so a missing or refused credential fails instead of hanging.
 * Credentials never reach argv or disk: they travel in the child's environment as
 * GIT_CONFIG_COUNT/KEY/VALUE entries (see auth.ts).
 */
import { spawn, spawnSync } from 'node:child_process'

export interface GitResult {
  exitCode: number
  stdout: string
  stderr: string
}

export interface GitBufferResult {
  exitCode: number
  stdout: Buffer
  stderr: string
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly result: { exitCode: number; stderr: string }
  ) {
    super(`git ${args[0] ?? ''} failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`)
    this.name = 'GitError'
  }
}

/** The identity of the commits on the data branch (never the user's or the machine's config). */
export const BOT_NAME = 'github-actions[bot]'
export const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com'
export const BOT_IDENTITY = ['-c', `user.name=${BOT_NAME}`, '-c', `user.email=${BOT_EMAIL}`]

export class Git {
  /** config entries passed through the environment (never written to the repository's config) */
  private configEnv: Record<string, string> = {}

  constructor(
    readonly cwd: string,
    private readonly extraEnv: Record<string, string> = {}
  ) {}

  /** Sets `key = value` for every later command, through the environment only. */
  setEnvConfig(entries: Array<[string, string]>): void {
    const env: Record<string, string> = { GIT_CONFIG_COUNT: String(entries.length) }
    entries.forEach(([k, v], i) => {
      env[`GIT_CONFIG_KEY_${i}`] = k
      env[`GIT_CONFIG_VALUE_${i}`] = v
    })
    this.configEnv = entries.length > 0 ? env : {}
  }

  /** The environment git children get (for callers that spawn git themselves). */
  childEnv(extra: Record<string, string> = {}): Record<string, string> {
    return this.env(extra)
  }

  private env(extra: Record<string, string>): Record<string, string> {
    const env: Record<string, string> = {}
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GIT_CONFIG_')) env[k] = v
    return {
      ...env,
      GIT_TERMINAL_PROMPT: '0',
      GCM_INTERACTIVE: 'never',
      GIT_ASKPASS: '',
      SSH_ASKPASS: '',
      LC_ALL: 'C',
      GIT_AUTHOR_NAME: BOT_NAME,
      GIT_AUTHOR_EMAIL: BOT_EMAIL,
      GIT_COMMITTER_NAME: BOT_NAME,
      GIT_COMMITTER_EMAIL: BOT_EMAIL,
      ...this.extraEnv,
      ...this.configEnv,
      ...extra
    }
  }

  /** Runs git; returns stdout as bytes whatever the exit code. */
  runBuffer(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): Promise<GitBufferResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, { cwd: this.cwd, env: this.env(opts.env ?? {}), stdio: ['pipe', 'pipe', 'pipe'] })
      const out: Buffer[] = []
      const err: Buffer[] = []
      child.stdout.on('data', (c: Buffer) => out.push(c))
      child.stderr.on('data', (c: Buffer) => err.push(c))
      child.on('error', reject)
      child.on('close', (code) => resolve({ exitCode: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }))
      child.stdin.on('error', () => undefined)
      child.stdin.end(opts.input ?? '')
    })
  }

  /** The synchronous form, for readers that cannot wait (review's run reader); throws on failure. */
  runSync(args: string[], input?: string, env?: Record<string, string>): Buffer {
    const r = spawnSync('git', args, { cwd: this.cwd, env: this.env(env ?? {}), input: input ?? '', maxBuffer: 2 ** 31 - 1 })
    if (r.error) throw r.error
    if (r.status !== 0) throw new GitError(args, { exitCode: r.status ?? 1, stderr: r.stderr.toString('utf8') })
    return r.stdout
  }

  /** Runs git; returns the result whatever the exit code. */
  async tryRun(args: string[], input?: string, env?: Record<string, string>): Promise<GitResult> {
    const r = await this.runBuffer(args, { input, env })
    return { exitCode: r.exitCode, stdout: r.stdout.toString('utf8'), stderr: r.stderr }
  }

  /** Runs git; throws GitError on a non-zero exit. Returns stdout. */
  async run(args: string[], input?: string, env?: Record<string, string>): Promise<string> {
    const r = await this.tryRun(args, input, env)
    if (r.exitCode !== 0) throw new GitError(args, r)
    return r.stdout
  }
}
