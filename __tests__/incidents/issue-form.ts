/**
 * Renders an issue body the way GitHub renders a submitted issue form: each field with a label
 * becomes `### <label>\n\n<value>`, fields are separated by a blank line, an empty optional field
 * reads `_No response_`, and markdown elements are not part of the body. The field list is read
 * from the shipped template with a few line patterns (the template's own simple layout; not a
 * general YAML parser).
 */
import { readFileSync } from 'node:fs'

export interface FormField {
  type: string
  id: string | null
  label: string
  required: boolean
}

export const TEMPLATE_PATH = '.github/ISSUE_TEMPLATE/incident.yml'

export function templateFields(path = TEMPLATE_PATH): { labels: string[]; fields: FormField[] } {
  const text = readFileSync(path, 'utf8')
  const labels = /^labels:\s*\[(.*)\]\s*$/m.exec(text)?.[1].split(',').map((l) => l.trim().replace(/^["']|["']$/g, '')) ?? []
  const fields: FormField[] = []
  for (const block of text.split(/^ {2}- type: /m).slice(1)) {
    const type = block.split('\n')[0].trim()
    if (type === 'markdown') continue
    const label = /^ {6}label: (.*)$/m.exec(block)?.[1].trim().replace(/^["']|["']$/g, '')
    if (!label) throw new Error(`a ${type} field of ${path} has no label`)
    fields.push({ type, id: /^ {4}id: (.*)$/m.exec(block)?.[1].trim() ?? null, label, required: /^ {6}required: true$/m.test(block) })
  }
  return { labels, fields }
}

/** The body GitHub would store for these answers (by field id); unanswered fields read `_No response_`. */
export function renderIssueForm(fields: FormField[], answers: Record<string, string>): string {
  return fields.map((f) => `### ${f.label}\n\n${answers[f.id ?? ''] ?? '_No response_'}`).join('\n\n')
}

/** The demo's incidents (demo/incidents.json), as issues #101... filed through the shipped issue form; `extra` overrides fields of each. */
export function demoIncidentIssues<T extends object>(extra: T = {} as T) {
  const { fields } = templateFields()
  const incidents = JSON.parse(readFileSync('demo/incidents.json', 'utf8')) as Array<Record<string, string>>
  return incidents.map((i, index) => ({
    number: 101 + index,
    title: i.title,
    labels: ['incident'],
    state: 'closed' as const,
    created_at: i.detected_at,
    closed_at: i.resolved_at,
    body: renderIssueForm(fields, { component: i.component, failure_mode: i.failure_mode, detected_at: i.detected_at, started_at: i.started_at }),
    ...extra
  }))
}
