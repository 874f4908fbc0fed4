/** Writing the findings where the action and the CLI put them: findings.json and comment bodies. */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Findings } from './analysis/types.js'
import type { ProductionImpact } from './metrics/index.js'

/** findings.json: CONTRACT.md's keys, plus `production_impact` when metrics were read. */
export function findingsDocument(findings: Findings, impact: ProductionImpact | null = null): Findings & { production_impact?: ProductionImpact } {
  return impact ? { ...findings, production_impact: impact } : findings
}

export async function writeFindingsFile(path: string, findings: Findings, impact: ProductionImpact | null = null): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, `${JSON.stringify(findingsDocument(findings, impact), null, 2)}\n`)
}
