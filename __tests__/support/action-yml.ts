/** Reads the inputs and outputs of action.yml (a small line parser: the file's layout is ours). */
import { readFileSync } from 'node:fs'

export interface ActionYml {
  inputs: Map<string, string>
  outputs: string[]
}

export function readActionYml(path = 'action.yml'): ActionYml {
  const inputs = new Map<string, string>()
  const outputs: string[] = []
  let section: 'inputs' | 'outputs' | null = null
  let current: string | null = null
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const top = /^([a-z]+):/.exec(line)
    if (top) {
      section = top[1] === 'inputs' || top[1] === 'outputs' ? top[1] : null
      continue
    }
    const name = /^ {2}([a-z0-9-]+):\s*$/.exec(line)
    if (name && section) {
      current = name[1]
      if (section === 'inputs') inputs.set(current, '')
      else outputs.push(current)
      continue
    }
    const value = /^ {4}default:\s*(.*)$/.exec(line)
    if (value && section === 'inputs' && current) inputs.set(current, value[1].replace(/^'(.*)'$/, '$1'))
  }
  return { inputs, outputs }
}
