/**
 * An incident's component must be spelled as the tests' component tags are (`checkout-service`, not
 * `Checkout`): one that matches no test's component cannot be correlated, and says so with the
 * names the history knows.
 */
import type { Rollup } from '../history/types.js'
import { DEFAULT_COMPONENT } from '../report/constants.js'
import type { Incident } from './types.js'

const SUGGESTIONS = 5

/** The components of the tests in the history (tagged ones only), sorted. */
export function knownComponents(rollup: Rollup): string[] {
  const names = new Set<string>()
  for (const t of Object.values(rollup.tests)) if (t.component && t.component !== DEFAULT_COMPONENT) names.add(t.component)
  return [...names].sort()
}

/** Why the incident's component matches no test, with the closest names; null when it matches one (or none are known). */
export function unknownComponentProblem(incident: Incident, known: readonly string[]): string | null {
  if (incident.component === null || known.length === 0) return null
  const wanted = normalise(incident.component)
  if (known.some((k) => normalise(k) === wanted)) return null
  const close = known.filter((k) => normalise(k).includes(wanted) || wanted.includes(normalise(k)))
  const shown = (close.length > 0 ? close : known).slice(0, SUGGESTIONS).map((k) => `\`${k}\``).join(', ')
  return (
    `the component "${incident.component}" of ${incident.id} matches no test's component in the history, so no test can cover it: ` +
    `use the name the tests are tagged with (${close.length > 0 ? 'closest' : 'known'}: ${shown}${close.length === 0 && known.length > SUGGESTIONS ? ', …' : ''}), or tag the tests of this component.`
  )
}

// CONTRACT.md: components match case-insensitively, surrounding whitespace ignored
const normalise = (name: string): string => name.trim().toLowerCase()
