// Component, failure mode and incident link of a test. Rules, first match wins:
//   (a) metadata        the test's `metadata` (pytest_json_runtest_metadata hook / json_metadata
//                       fixture): top-level `component`/`failure_mode`/`incident`, or nested in
//                       `metadata.markers` as the demo conftest writes it;
//   (b) user_properties record_property pairs of those names (JUnit <properties> too);
//   (c) markers         a `markers` list of {"name", "args"} (the shape the original sketch assumes), on the
//                       test or in its metadata;
//   (d) component_map   CODEOWNERS-style globs on the test's file path (last matching line wins);
//   (e) default         `unknown` / `general`, no incident.
// Each field takes the first rule that has it: a test tagged only with a component by its
// markers still gets a failure mode from its metadata. The component map's failure mode is used
// only together with its component (the two are one line of the map). `tag_source` names the
// rule that gave the component (or, without one, the failure mode or incident).
import { matchComponentRule, type ComponentMap, type ComponentRule } from './component-map.js'
import { DEFAULT_COMPONENT, DEFAULT_FAILURE_MODE } from './constants.js'
import type { TagSource } from './types.js'

export interface TagInputs {
  metadata?: unknown
  /** record_property pairs, in recording order */
  userProperties?: ReadonlyArray<readonly [string, unknown]>
  markers?: unknown
  file: string | null
}

export interface Tags {
  component: string
  failure_mode: string
  incident: string | null
  tag_source: TagSource
}

const TAG_KEYS = ['component', 'failure_mode', 'incident'] as const

/** The tags of a test with no tag anywhere and no component map: shared, records copy its fields. */
const DEFAULT_TAGS: Tags = { component: DEFAULT_COMPONENT, failure_mode: DEFAULT_FAILURE_MODE, incident: null, tag_source: 'default' }

export function resolveTags(inputs: TagInputs, map: ComponentMap | null): Tags {
  const { metadata, userProperties, markers, file } = inputs
  const noTags = metadata === undefined && (userProperties === undefined || userProperties.length === 0) && markers === undefined
  if (noTags && (map === null || file === null)) return DEFAULT_TAGS

  // runs once per test of reports with 10^5-10^6 tests: plain code, no per-call closures
  const found: Found = { component: undefined, failure_mode: undefined, incident: undefined, componentSource: 'default', failureModeSource: 'default', incidentSource: 'default' }
  if (isObject(metadata)) {
    const nested = isObject(metadata.markers) ? metadata.markers : null
    for (const key of TAG_KEYS) offer(found, key, tagValue(metadata[key]) ?? (nested ? tagValue(nested[key]) : undefined), 'metadata')
  }
  if (userProperties) {
    for (const [name, value] of userProperties) if (isTagKey(name)) offer(found, name, tagValue(value), 'user_properties')
  }
  const markerList = Array.isArray(markers) ? markers : Array.isArray(nestedMarkers(metadata)) ? (nestedMarkers(metadata) as unknown[]) : null
  if (markerList) {
    for (const marker of markerList) {
      if (isObject(marker) && isTagKey(marker.name)) offer(found, marker.name, tagValue(marker.args), 'markers')
    }
  }
  if (found.component === undefined && map && file !== null) {
    const rule = cachedRule(map, file)
    if (rule) {
      offer(found, 'component', rule.component, 'component_map')
      if (rule.failure_mode) offer(found, 'failure_mode', rule.failure_mode, 'component_map')
    }
  }
  return {
    component: found.component ?? DEFAULT_COMPONENT,
    failure_mode: found.failure_mode ?? DEFAULT_FAILURE_MODE,
    incident: found.incident ?? null,
    tag_source:
      found.component !== undefined ? found.componentSource : found.failure_mode !== undefined ? found.failureModeSource : found.incidentSource
  }
}

interface Found {
  component: string | undefined
  failure_mode: string | undefined
  incident: string | undefined
  componentSource: TagSource
  failureModeSource: TagSource
  incidentSource: TagSource
}

type TagKey = (typeof TAG_KEYS)[number]
const isTagKey = (name: unknown): name is TagKey => name === 'component' || name === 'failure_mode' || name === 'incident'

/** Sets a field unless an earlier rule (or an earlier value of the same rule) already did. */
function offer(found: Found, key: TagKey, value: string | undefined, source: TagSource): void {
  if (value === undefined || found[key] !== undefined) return
  found[key] = value
  if (key === 'component') found.componentSource = source
  else if (key === 'failure_mode') found.failureModeSource = source
  else found.incidentSource = source
}

const nestedMarkers = (metadata: unknown): unknown => (isObject(metadata) ? metadata.markers : undefined)

/** A tag value as text: a string, a number, or the first element of a list (marker args). */
function tagValue(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim()
    return trimmed === '' ? undefined : trimmed
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (Array.isArray(value) && value.length > 0) return tagValue(value[0])
  return undefined
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Many tests share a file: match each file path against the map once. */
const ruleCache = new WeakMap<ComponentMap, Map<string, ComponentRule | null>>()

function cachedRule(map: ComponentMap, file: string): ComponentRule | null {
  let cache = ruleCache.get(map)
  if (!cache) {
    cache = new Map()
    ruleCache.set(map, cache)
  }
  let rule = cache.get(file)
  if (rule === undefined) {
    rule = matchComponentRule(map, file)
    cache.set(file, rule)
  }
  return rule
}
