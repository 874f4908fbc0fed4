/** An incident, from a GitHub issue (id `#<number>`) or an incidents file (id as given). */
export interface Incident {
  id: string
  title: string | null
  url: string | null
  /** null: unclassified (listed with how to fix it, left out of the correlation) */
  component: string | null
  failure_mode: string
  /** ISO 8601 UTC */
  detected_at: string
  started_at: string | null
  resolved_at: string | null
  /** GitHub issue number when the incident is an issue */
  issue_number: number | null
  /** where the incident came from: 'github' or the incidents file path */
  source: string
  /** why a field could not be read (shown to the user, never fatal) */
  problems: string[]
}
