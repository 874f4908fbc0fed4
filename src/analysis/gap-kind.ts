import type { IncidentFinding } from './types.js'

export type GapKind = 'no_test_coverage' | 'tests_pass_but_incident_occurred' | 'only_skipped_tests'

/**
 * What kind of gap an incident is, or null when it is none. An incident whose covering tests were
 * all skipped counts as a gap of its own kind (its tests never ran), unless a predictive test warned.
 */
export function gapKind(incident: IncidentFinding): GapKind | null {
  if (incident.only_skipped_tests && incident.predicted_by.length === 0) return 'only_skipped_tests'
  return incident.gap_type
}
