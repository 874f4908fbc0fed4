// Refreshes README.md's "Example output" from the files `npm run demo` wrote to demo-output/:
// the job summary's findings sections and one incident comment, as the demo really renders them.
import { readFileSync, writeFileSync } from 'node:fs'

const summary = readFileSync('demo-output/summary.md', 'utf8')
const from = summary.indexOf('## Health')
const to = summary.indexOf('## This run')
if (from < 0 || to < 0) throw new Error('demo-output/summary.md is not a demo summary: run `npm run demo` first')
const excerpt = summary.slice(from, to).trim().replace(/^(#{2,3}) /gm, '$1# ')
const comment = readFileSync('demo-output/comments/INC-103.md', 'utf8').trim().replace(/^(#{2,3}) /gm, '$1# ')

const readme = readFileSync('README.md', 'utf8')
const start = readme.indexOf('## Example output')
const end = readme.indexOf('## Development')
const section = `## Example output

What \`npm run demo\` writes (real output on the bundled sample data, refreshed by
\`node scripts/readme-example.mjs\`). An excerpt of the job summary:

${excerpt}

The comment the action keeps on an incident (here INC-103, which a failing test predicted):

${comment}

`
writeFileSync('README.md', readme.slice(0, start) + section + readme.slice(end))
