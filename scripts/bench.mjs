// `npm run bench`: bundles bench/run.ts (which imports src/) with ncc into bench/out/ and runs it,
// so the benchmarks measure the same code the action ships, with no TypeScript runner needed.
import { execFileSync } from 'node:child_process'

execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'bench/run.ts', '-o', 'bench/out/bundle', '--quiet'], { stdio: 'inherit' })
execFileSync(process.execPath, ['--expose-gc', 'bench/out/bundle/index.js', ...process.argv.slice(2)], { stdio: 'inherit' })
