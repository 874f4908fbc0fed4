// Builds the two bundles the project ships, from a clean dist/ so no stale file survives.
// ncc type-checks what tsconfig.json includes (src/ only); `npm run typecheck` covers tests and bench.
//   dist/index.js      the action (action.yml runs it)
//   dist/cli/index.js  the command line, reached through the small dist/cli.js entry
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'

const ncc = (entry, out) =>
  execFileSync(
    process.execPath,
    ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--source-map', '--license', 'licenses.txt', '--quiet'],
    { stdio: 'inherit' }
  )

rmSync('dist', { recursive: true, force: true })
ncc('src/index.ts', 'dist')
ncc('src/cli.ts', 'dist/cli')
writeFileSync('dist/cli.js', "#!/usr/bin/env node\n// Entry of the command line; the bundle itself is dist/cli/index.js.\nimport './cli/index.js'\n")
