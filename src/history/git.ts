/**
 * A thin wrapper around the git CLI. Commands run silently (their output is captured, never
 * echoed), with prompts disabled, so a missing or refused credential fails instead of hanging.
 * Tokens never reach argv: auth.ts writes them into the clone's config file.
 */
import { getExecOutput } from '@actions/exec'

export interface GitResult {
  exitCode: number
  stdout: string
  stderr: string
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly result: GitResult
  ) {
    super(`git ${args[0] ?? ''} failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`)
    this.name = 'GitError'
  }
}

/** The identity of the commits on the data branch (never the user's or the machine's config). */
export const BOT_IDENTITY = ['-c', 'user.name=github-actions[bot]', '-c', 'user.email=41898282+github-actions[bot]@users.noreply.github.com']

export class Git {
  constructor(
    readonly cwd: string,
    private readonly extraEnv: Record<string, string> = {}
  ) {}

  private env(): Record<string, string> {
    const env: Record<string, string> = {}
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v
    return {
      ...env,
      GIT_TERMINAL_PROMPT: '0',
      GCM_INTERACTIVE: 'never',
      GIT_ASKPASS: '',
      SSH_ASKPASS: '',
      LC_ALL: 'C',
      ...this.extraEnv
    }
  }

  /** Runs git; returns the result whatever the exit code. */
  async tryRun(args: string[], input?: string): Promise<GitResult> {
    const out = await getExecOutput('git', args, {
      cwd: this.cwd,
      env: this.env(),
      silent: true,
      ignoreReturnCode: true,
      ...(input !== undefined ? { input: Buffer.from(input) } : {})
    })
    return { exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr }
  }

  /** Runs git; throws GitError on a non-zero exit. Returns stdout. */
  async run(args: string[], input?: string): Promise<string> {
    const r = await this.tryRun(args, input)
    if (r.exitCode !== 0) throw new GitError(args, r)
    return r.stdout
  }
}
