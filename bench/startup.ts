/**
 * Start-up cost of the bundled action: `node dist/index.js` from spawn to exit on its quickest real
 * path (inputs parsed, an input error reported), against `node -e 0`; and the bundle's size.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { resolve } from 'node:path'
import { median, type BenchModule } from './types.js'

function timeRuns(args: string[], runs: number, env: NodeJS.ProcessEnv): number[] {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    spawnSync(process.execPath, args, { env, stdio: 'ignore' })
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return times
}

const bench: BenchModule = async (opts) => {
  const dist = resolve('dist/index.js')
  const runs = opts.quick ? 5 : 21
  // an invalid input stops the action right after loading and parsing its inputs
  const env = { PATH: process.env.PATH, GITHUB_REPOSITORY: 'o/r', 'INPUT_WINDOW-DAYS': 'x', GITHUB_OUTPUT: '/dev/null', RUNNER_TEMP: opts.workDir }
  const bare = median(timeRuns(['-e', '0'], runs, env))
  const action = median(timeRuns([dist], runs, env))
  const bytes = statSync(dist).size
  const gzipped = gzipSync(readFileSync(dist)).length
  return {
    title: 'Start-up and bundle',
    method: `Median of ${runs} spawns of \`node dist/index.js\` that load the bundle, parse the inputs and exit on an input error, against \`node -e 0\` on the same machine in the same run.`,
    figures: [
      { name: 'cold start of dist/index.js (spawn to exit)', value: `${action.toFixed(0)} ms`, target: '< 250 ms', met: action < 250 },
      { name: 'node -e 0 (the floor)', value: `${bare.toFixed(0)} ms` },
      { name: 'the action\'s own share', value: `${(action - bare).toFixed(0)} ms` },
      { name: 'dist/index.js size', value: `${(bytes / 1e6).toFixed(2)} MB (${(gzipped / 1e3).toFixed(0)} KB gzipped)` }
    ],
    notes: []
  }
}
export default bench
