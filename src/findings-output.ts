/** Writing the findings where the action and the CLI put them: findings.json and comment bodies. */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Findings } from './analysis/types.js'

export async function writeFindingsFile(path: string, findings: Findings): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, `${JSON.stringify(findings, null, 2)}\n`)
}

/** The incidents whose analysis differs between two findings (what a new run changed), by id. */
export function changedIncidents(before: Findings | null, after: Findings): string[] {
  const previous = new Map((before?.incidents ?? []).map((i) => [i.incident_id, JSON.stringify(i)]))
  return after.incidents.filter((i) => previous.get(i.incident_id) !== JSON.stringify(i)).map((i) => i.incident_id)
}
