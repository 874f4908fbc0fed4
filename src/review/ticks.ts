/**
 * Task-list items carry a stable hidden key (`<!-- key:retire:3f2a9c0d1e7b -->`), a hash of what
 * the item is about, so an update of the review can keep the boxes people ticked. Hashing keeps
 * untrusted names (a nodeid may contain `-->`) out of the HTML comment.
 */
import { createHash } from 'node:crypto'

// the key ends the line: a key-like text inside an untrusted name earlier on the line never counts
const KEY_PATTERN = /<!-- key:([a-z]+:[0-9a-f]{12}) -->\s*$/
const TASK_PATTERN = /^(\s*[-*+] \[)([ xX])(\] .*)$/

/** The hidden key of an item: its kind (gap, protect, retire, flaky, perf) and a hash of its subject. */
export function taskKey(kind: string, subject: string): string {
  if (!/^[a-z]+$/.test(kind)) throw new Error(`task kind ${JSON.stringify(kind)} must be lower-case letters`)
  return `<!-- key:${kind}:${createHash('sha256').update(`${kind}\u0000${subject}`).digest('hex').slice(0, 12)} -->`
}

/** Keys of the ticked items of a body. */
export function tickedKeys(body: string): Set<string> {
  const keys = new Set<string>()
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const task = TASK_PATTERN.exec(line)
    if (!task || task[2] === ' ') continue
    const key = KEY_PATTERN.exec(task[3])
    if (key) keys.add(key[1])
  }
  return keys
}

/**
 * `newBody` with the boxes ticked that were ticked in `oldBody` for the same key. Items whose key
 * is gone (a retired test, a closed gap) simply disappear; a box somebody unticked stays unticked.
 */
export function mergeTickedBoxes(oldBody: string | null | undefined, newBody: string): string {
  const ticked = tickedKeys(oldBody ?? '')
  if (ticked.size === 0) return newBody
  return newBody
    .split('\n')
    .map((line) => {
      const task = TASK_PATTERN.exec(line)
      if (!task || task[2] !== ' ') return line
      const key = KEY_PATTERN.exec(task[3])
      return key && ticked.has(key[1]) ? `${task[1]}x${task[3]}` : line
    })
    .join('\n')
}
