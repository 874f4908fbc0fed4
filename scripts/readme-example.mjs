// Refreshes README.md's "Example output" from the files `npm run demo` wrote to demo-output/:
// the head of the job summary (open gaps, tests to protect, health, trends) and one incident
// comment, as the demo really renders them. The screenshots beside them (docs/*.png) come from the
// real-browser test: `npm test -- __tests__/render/browser.test.ts`, then copy
// test-artifacts/browser/demo-summary.png and demo-comment-INC-103.png to docs/.
import { readFileSync, writeFileSync } from 'node:fs'

const summary = readFileSync('demo-output/summary.md', 'utf8')
const from = summary.indexOf('## Open coverage gaps')
const to = summary.indexOf('## Recommended actions')
if (from < 0 || to < 0) throw new Error('demo-output/summary.md is not a demo summary: run `npm run demo` first')
const excerpt = summary.slice(from, to).trim().replace(/^(#{2,3}) /gm, '$1# ')
const comment = readFileSync('demo-output/comments/INC-103.md', 'utf8').trim().replace(/^(#{2,3}) /gm, '$1# ')

const readme = readFileSync('README.md', 'utf8')
const start = readme.indexOf('## Example output')
// up to the next section: the excerpt's own headings are demoted to ### and below
const end = readme.indexOf('\n## ', start) + 1
if (start < 0 || end <= 0) throw new Error('README.md has no "## Example output" section followed by another section')
const section = `## Example output

What \`npm run demo\` writes (real output on the bundled sample data, refreshed by
\`node scripts/readme-example.mjs\`). The job summary and an incident comment as GitHub shows them
(drawn by the real-browser test with Mermaid in Chromium, every \`<details>\` closed):

<p><img src="docs/demo-summary.png" alt="The demo's job summary: open gaps first, then the tests to protect, health and trends" width="440"> <img src="docs/demo-comment-INC-103.png" alt="The comment on incident INC-103: the answer, what to do, the evidence, production charts" width="440"></p>

The head of the job summary as markdown:

${excerpt}

The comment the action keeps on an incident (here INC-103, whose covering test failed twice before it):

${comment}

`
writeFileSync('README.md', readme.slice(0, start) + section + readme.slice(end))
