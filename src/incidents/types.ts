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
  /** where detected_at comes from: the "Detected at" field, or (absent) the issue's creation time */
  detected_at_from?: 'field' | 'issue_created'
  /** set when the incident cannot be analysed at all (its detection time is written but unreadable): why, and how to fix it */
  unusable?: string | null
  /** GitHub login of the issue's author (issues only) */
  author?: string | null
  /** the issue's author_association as GitHub gives it (OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE, ...) */
  author_association?: string | null
}

/** An incident whose author the action does not trust (`incident-authors`): listed, never analysed. */
export interface UntrustedIncident {
  incident_id: string
  title: string | null
  url: string | null
  /** GitHub login of the issue's author */
  author: string | null
  /** the issue's author_association (OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE, ...) */
  author_association: string | null
}
