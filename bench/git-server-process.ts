/**
 * The test git server (__tests__/support/git-server.ts) in a process of its own, for the history
 * benchmarks: as with GitHub, the server's work (http-backend and the git processes it starts)
 * does not run on the event loop of the benchmark, nor is it started from the benchmark's large
 * process. The bench bundle serves when started with `--serve-git ROOT TOKEN LATENCY_MS`; it
 * prints its port, then a line per request it receives, and stops when its stdin closes.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { startGitServer } from '../__tests__/support/git-server.js'

export interface GitServerProcess {
  url(repoName: string): string
  /** the requests received so far, as `METHOD path` (the path after the repository) */
  requests: string[]
  /** CPU the server process and the git processes it waited for have used, in ms */
  cpuMs(): number
  stop(): Promise<void>
}

/**
 * CPU time of a process (default: this one) and of the children it has waited for, in ms, or of
 * those children only (Linux: /proc/<pid>/stat; NaN elsewhere).
 */
export function processCpuMs(pid: number | 'self' = 'self', only?: 'children'): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    // utime, stime, cutime, cstime, in clock ticks (100 per second on Linux)
    const children = Number(fields[13]) + Number(fields[14])
    return (only === 'children' ? children : Number(fields[11]) + Number(fields[12]) + children) * 10
  } catch {
    return Number.NaN
  }
}

/** Runs the server of `--serve-git` (in the child). */
export async function serveGit(args: string[]): Promise<void> {
  const [root, token, latency] = args
  const server = await startGitServer({ root, token, latencyMs: Number(latency) })
  const port = new URL(server.url('probe')).port
  process.stdout.write(`${port}\n`)
  server.onRequest((r) => process.stdout.write(`${r.method} ${r.url.replace(/^.*\.git\//, '')}\n`))
  process.stdin.resume()
  process.stdin.on('end', () => void server.stop().then(() => process.exit(0)))
}

/** Starts a server process over the repositories of `root` (made by an in-process server). */
export function startGitServerProcess(root: string, token: string, latencyMs: number): Promise<GitServerProcess> {
  const child = spawn(process.execPath, [process.argv[1], '--serve-git', root, token, String(latencyMs)], { stdio: ['pipe', 'pipe', 'inherit'] })
  const requests: string[] = []
  let port: string | null = null
  let partial = ''
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) {
        if (port !== null) {
          requests.push(line)
          continue
        }
        // the first line is the port
        port = line
        resolve({
          url: (name) => `http://127.0.0.1:${port}/${name}.git`,
          requests,
          cpuMs: () => processCpuMs(child.pid as number),
          stop: () =>
            new Promise<void>((done) => {
              child.on('close', () => done())
              child.stdin.end()
            })
        })
      }
    })
  })
}
