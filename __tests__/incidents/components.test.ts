import { describe, expect, it } from '@jest/globals'
import { unknownComponentProblem } from '../../src/incidents/components.js'
import type { Incident } from '../../src/incidents/types.js'

const incident = (component: string | null): Incident => ({
  id: '#9',
  title: null,
  url: null,
  component,
  failure_mode: 'general',
  detected_at: '2026-11-20T14:05:00.000Z',
  started_at: null,
  resolved_at: null,
  issue_number: 9,
  source: 'github',
  problems: []
})

describe('an incident component that matches no test', () => {
  const known = ['checkout-service', 'inventory-service', 'payments', 'search']

  it('is fine when it matches a test component, ignoring case and surrounding spaces', () => {
    expect(unknownComponentProblem(incident(' Checkout-Service '), known)).toBeNull()
  })

  it('names the closest known components when it is spelt differently', () => {
    expect(unknownComponentProblem(incident('Inventory'), known)).toBe(
      'the component "Inventory" of #9 matches no test\'s component in the history, so no test can cover it: use the name the tests are tagged with (closest: `inventory-service`), or tag the tests of this component.'
    )
  })

  it('lists known components when nothing is close, and says nothing without a component or a tagged history', () => {
    expect(unknownComponentProblem(incident('mobile app'), known)).toContain('(known: `checkout-service`, `inventory-service`, `payments`, `search`)')
    expect(unknownComponentProblem(incident(null), known)).toBeNull()
    expect(unknownComponentProblem(incident('anything'), [])).toBeNull()
  })
})
