/** Real webhook payloads from @octokit/webhooks-examples (GitHub's own examples of each event). */
import { createRequire } from 'node:module'

interface Definition {
  name: string
  examples: Array<Record<string, unknown> & { action?: string }>
}

const require = createRequire(import.meta.url)
const definitions = require('@octokit/webhooks-examples/api.github.com/index.json') as Definition[]

/** A deep copy of the first example of `event` (with `action`, and matching `where` when given). */
export function examplePayload(event: string, action?: string, where: (p: Record<string, unknown>) => boolean = () => true): Record<string, unknown> {
  const definition = definitions.find((d) => d.name === event)
  const example = definition?.examples.find((e) => (action === undefined || e.action === action) && where(e))
  if (!example) throw new Error(`@octokit/webhooks-examples has no ${event}${action ? `.${action}` : ''} example that matches`)
  return structuredClone(example)
}
