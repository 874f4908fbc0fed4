// Benchmark of the report readers (issue targets):
//   * a ~25 MB pretty pytest-json-report (~28,000 tests) read and normalised in at most 1.5x the
//     time of a bare JSON.parse(readFileSync(...)) of the same file (medians of 5, same process);
//   * a ~600 MB report (more than V8's longest string) read by the streaming reader at >= 50 MB/s
//     with a peak RSS under 1 GB, measured in a child process of its own (/usr/bin/time -v when
//     present, else the child's process.resourceUsage().maxRSS). The child runs an ncc bundle of
//     src/report built into the work directory, so it needs no TypeScript loader.
// quick mode: ~5 MB and ~20 MB instead.
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { readReportFile } from '../src/report/index.js'
import { writePytestJsonReport } from './read-data.js'
import { median, type BenchFigure, type BenchModule } from './types.js'

const run = promisify(execFile)
const MB = 1024 * 1024
const BYTES_PER_TEST = 884

const bench: BenchModule = async ({ quick, workDir }) => {
  const figures: BenchFigure[] = []
  const notes: string[] = []

  // --- 25 MB: reader vs JSON.parse ------------------------------------------------------------
  const mediumTests = quick ? 5600 : 28000
  const mediumPath = join(workDir, 'read-medium.json')
  const medium = writePytestJsonReport(mediumPath, mediumTests, 20261124)
  const options = { format: 'auto' as const, componentMap: null, cwd: workDir }
  const parseTimes: number[] = []
  const readTimes: number[] = []
  const streamTimes: number[] = []
  const time = async (fn: () => unknown): Promise<number> => {
    const start = performance.now()
    await fn()
    return performance.now() - start
  }
  // one warm-up each; then each round starts with another of the three, so the garbage one run
  // leaves to the next falls on each of them alike (a forced gc() between runs was tried: it made
  // the reader 2-4x slower on a 5 MB file, seemingly by discarding its compiled code, so it
  // measured the JIT rather than the reader)
  const runs: Array<[number[], () => unknown]> = [
    [parseTimes, () => JSON.parse(readFileSync(mediumPath, 'utf8'))],
    [readTimes, () => readReportFile(mediumPath, options)],
    [streamTimes, () => readReportFile(mediumPath, { ...options, streamThresholdBytes: 0 })]
  ]
  for (const [, fn] of runs) await time(fn)
  for (let round = 0; round < 5; round++) {
    for (let k = 0; k < runs.length; k++) {
      const [times, fn] = runs[(round + k) % runs.length]
      times.push(await time(fn))
    }
  }
  const parseMs = median(parseTimes)
  const readMs = median(readTimes)
  const ratio = readMs / parseMs
  const label = `${(medium.bytes / MB).toFixed(1)} MB, ${medium.tests} tests`
  figures.push({ name: `JSON.parse(readFileSync) of a ${label} report`, value: `${parseMs.toFixed(0)} ms (median of 5)` })
  figures.push({
    name: `readReportFile of the same report (read + normalise + validate)`,
    value: `${readMs.toFixed(0)} ms = ${ratio.toFixed(2)}x JSON.parse (median of 5)`,
    target: '<= 1.5x',
    met: ratio <= 1.5
  })
  figures.push({
    name: 'the same file through the streaming reader (forced)',
    value: `${median(streamTimes).toFixed(0)} ms = ${(median(streamTimes) / parseMs).toFixed(2)}x JSON.parse (median of 5)`
  })

  // the action reads its report once, in a fresh process: no warm JIT for the reader's JavaScript
  const child = await buildChild(workDir)
  const coldParse: number[] = []
  const coldRead: number[] = []
  for (let i = 0; i < 3; i++) {
    coldParse.push((await runChild(child.parse, mediumPath, false)).seconds * 1000)
    coldRead.push((await runChild(child.read, mediumPath, false)).seconds * 1000)
  }
  figures.push({
    name: 'the same report read once in a fresh process (cold JIT), readReportFile vs JSON.parse(readFileSync)',
    value: `${median(coldRead).toFixed(0)} ms vs ${median(coldParse).toFixed(0)} ms = ${(median(coldRead) / median(coldParse)).toFixed(2)}x (medians of 3)`
  })
  rmSync(mediumPath, { force: true })

  // --- 600 MB: streaming, own process ---------------------------------------------------------
  const bigTests = Math.round(((quick ? 20 : 600) * MB) / BYTES_PER_TEST)
  const bigPath = join(workDir, 'read-big.json')
  try {
    const big = writePytestJsonReport(bigPath, bigTests, 7)
    const measured = await runChild(child.read, bigPath, true)
    const mbPerSecond = big.bytes / MB / measured.seconds
    const bigLabel = `${(big.bytes / MB).toFixed(0)} MB, ${big.tests} tests`
    figures.push({
      name: `streaming read of a ${bigLabel} report: throughput`,
      value: `${mbPerSecond.toFixed(0)} MB/s (${measured.seconds.toFixed(1)} s, one run)`,
      target: '>= 50 MB/s',
      met: mbPerSecond >= 50
    })
    figures.push({
      name: `streaming read of the ${bigLabel} report: peak RSS`,
      value: `${(measured.peakRssKb / 1024).toFixed(0)} MB (${measured.rssSource})`,
      target: '< 1024 MB',
      met: measured.peakRssKb < 1024 * 1024
    })
    if (measured.tests !== big.tests) notes.push(`The streaming reader returned ${measured.tests} tests for ${big.tests} generated.`)
  } finally {
    rmSync(bigPath, { force: true })
    rmSync(join(workDir, 'read-bundle'), { recursive: true, force: true })
    rmSync(join(workDir, 'read-child.mjs'), { force: true })
    rmSync(join(workDir, 'parse-child.mjs'), { force: true })
  }
  notes.push(
    'Reports above 64 MB (DEFAULT_STREAM_THRESHOLD_BYTES) are streamed: a byte scanner cuts the `tests` array into elements, each JSON.parse\'d and normalised at once, so memory holds TestRecords only.'
  )
  if (quick) notes.push('Quick mode: smaller files than the targets name; the figures are not the targets\' sizes.')
  return {
    title: 'Reading pytest reports',
    method:
      'Seeded pretty pytest-json-reports in the real shape (stages, crashes, keywords, metadata, collectors; ~884 bytes a test) are generated in the work directory. ' +
      'The 25 MB file is read 5 times by readReportFile and by JSON.parse(readFileSync) alternately in one process (after a warm-up, the order rotating each round); the 600 MB file is read once by a child process.',
    figures,
    notes
  }
}

export default bench

interface ChildResult {
  tests: number
  seconds: number
  peakRssKb: number
  rssSource: string
}

/** Bundles src/report with ncc (transpile only) and writes the child scripts beside it. */
async function buildChild(workDir: string): Promise<{ read: string; parse: string }> {
  const root = projectRoot()
  const out = join(workDir, 'read-bundle')
  execFileSync(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', join(root, 'src/report/index.ts'), '-o', out, '--quiet', '--transpile-only'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit']
  })
  const report = 'console.log(JSON.stringify({ tests, seconds: (performance.now() - start) / 1000, maxRssKb: process.resourceUsage().maxRSS }))'
  const read = join(workDir, 'read-child.mjs')
  writeFileSync(
    read,
    [
      `import { readReportFile } from ${JSON.stringify('./read-bundle/index.js')}`,
      'const start = performance.now()',
      "const run = await readReportFile(process.argv[2], { format: 'auto', componentMap: null, cwd: process.cwd() })",
      'const tests = run.tests.length',
      report
    ].join('\n')
  )
  const parse = join(workDir, 'parse-child.mjs')
  writeFileSync(
    parse,
    [
      "import { readFileSync } from 'node:fs'",
      'const start = performance.now()',
      "const tests = JSON.parse(readFileSync(process.argv[2], 'utf8')).tests.length",
      report
    ].join('\n')
  )
  return { read, parse }
}

/** Runs a child script on a file; with `peak`, under /usr/bin/time -v when there is one. */
async function runChild(script: string, file: string, peak: boolean): Promise<ChildResult> {
  const useTime = peak && existsSync('/usr/bin/time')
  const { stdout, stderr } = useTime
    ? await run('/usr/bin/time', ['-v', process.execPath, script, file], { maxBuffer: 16 * MB })
    : await run(process.execPath, [script, file], { maxBuffer: 16 * MB })
  const result = JSON.parse(stdout.trim().split('\n').pop() as string) as { tests: number; seconds: number; maxRssKb: number }
  const fromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
  return {
    tests: result.tests,
    seconds: result.seconds,
    peakRssKb: fromTime ? Number(fromTime[1]) : result.maxRssKb,
    rssSource: fromTime ? '/usr/bin/time -v, whole child process' : 'process.resourceUsage().maxRSS of the child'
  }
}

function projectRoot(): string {
  const candidates = [resolve(dirname(fileURLToPath(import.meta.url)), '..'), process.cwd()]
  const root = candidates.find((dir) => existsSync(join(dir, 'src/report/index.ts')) && statSync(join(dir, 'node_modules')).isDirectory())
  if (!root) throw new Error(`bench/read: cannot find the project root (tried ${candidates.join(', ')})`)
  return root
}
