/**
 * A real Prometheus for tests (Debian's `prometheus` package): backfill an OpenMetrics file with
 * `promtool tsdb create-blocks-from openmetrics`, start the server on 127.0.0.1 with a free port,
 * stop it in a `finally`. Where the binaries are missing the caller skips with a loud message;
 * with REQUIRE_PROMETHEUS=1 (CI) a missing binary is a failure instead.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

export interface RunningPrometheus {
  url: string
  stop(): Promise<void>
}

/** null when both binaries run, else why not. */
export function prometheusMissing(): string | null {
  for (const bin of ['prometheus', 'promtool']) {
    try {
      execFileSync(bin, ['--version'], { stdio: 'ignore' })
    } catch {
      return `${bin} is not installed (apt-get install -y --no-install-recommends prometheus)`
    }
  }
  return null
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port
      server.close(() => resolve(port))
    })
  })
}

/** Backfill `openMetrics` (timestamps in seconds, ending in `# EOF`) and start a server over it. */
export async function startPrometheus(openMetrics: string): Promise<RunningPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'prometheus-test-'))
  let child: ChildProcess | null = null
  try {
    const data = join(dir, 'data.om')
    const tsdb = join(dir, 'tsdb')
    writeFileSync(data, openMetrics)
    // without --max-block-duration promtool writes 2 h blocks and re-reads the file for each
    await promisify(execFile)('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', '-q', '--max-block-duration=720h', data, tsdb], { maxBuffer: 16 << 20 })
    const config = join(dir, 'prometheus.yml')
    writeFileSync(config, 'global:\n  scrape_interval: 1h\nscrape_configs: []\n')
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const proc = spawn('prometheus', [`--config.file=${config}`, `--storage.tsdb.path=${tsdb}`, `--web.listen-address=127.0.0.1:${port}`, '--storage.tsdb.retention.time=60d', '--log.level=warn'], { stdio: ['ignore', 'ignore', 'pipe'] })
    child = proc
    let stderr = ''
    proc.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
    const deadline = Date.now() + 30_000
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`prometheus exited (${proc.exitCode}): ${stderr}`)
      try {
        const response = await fetch(`${url}/-/ready`)
        if (response.ok) break
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`prometheus was not ready within 30 s: ${stderr}`)
      await new Promise((r) => setTimeout(r, 50))
    }
    return {
      url,
      async stop() {
        if (proc.exitCode === null) {
          const exited = new Promise((r) => proc.once('exit', r))
          proc.kill('SIGTERM')
          await exited
        }
        rmSync(dir, { recursive: true, force: true })
      }
    }
  } catch (e) {
    if (child && child.exitCode === null) child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
    throw e
  }
}
