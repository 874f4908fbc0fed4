#!/usr/bin/env node
/**
 * Writes demo/metrics.csv: deterministic 5-minute samples of the error rate (a fraction) and the p99
 * latency (ms) of each demo incident's component, over the incident window and the 7 days before
 * it (only those windows, to keep the file small). Each incident gets its own shape (see PROFILES)
 * so the demo shows every kind of recommended action.
 *
 *   node scripts/make-demo-metrics.mjs [demo-dir]
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2] ?? 'demo'
const incidents = JSON.parse(readFileSync(join(dir, 'incidents.json'), 'utf8'))

const STEP = 300
const BASELINE_DAYS = 7

/** Normal levels per component: error rate (fraction) and p99 (ms). */
const NORMAL = {
  'checkout-service': { err: 0.003, p99: 240 },
  search: { err: 0.002, p99: 430 },
  'inventory-service': { err: 0.004, p99: 160 },
  notifications: { err: 0.002, p99: 120 },
  auth: { err: 0.001, p99: 90 },
  recommendations: { err: 0.002, p99: 210 }
}
/** What each incident did to its component at its worst. */
const PROFILES = {
  'INC-101': { err: 0.082, p99: 950 },
  'INC-102': { err: 0.0025, p99: 520 },
  'INC-103': { err: 0.031, p99: 480 },
  'INC-104': { err: 0.4, p99: 300 },
  'INC-105': { err: 0.15, p99: 140 },
  'INC-106': { err: 0.052, p99: 610 },
  'INC-107': { err: 0.0065, p99: 720 }
}
/** Short blips in the baseline weeks (a deploy, a retry storm), so alerts have false alarms to count. */
const BLIPS = { 'checkout-service': [{ daysBefore: 3, hour: 9, minutes: 15, err: 0.05 }], 'inventory-service': [{ daysBefore: 5, hour: 20, minutes: 20, err: 0.02 }] }

function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const seconds = (iso) => Date.parse(iso) / 1000
const rows = []
// windows of one component could overlap: the first incident's samples win
const written = new Set()
for (const [index, incident] of incidents.entries()) {
  const normal = NORMAL[incident.component]
  const profile = PROFILES[incident.id]
  if (!normal || !profile || !incident.started_at || !incident.resolved_at) continue
  const random = mulberry32(1000 + index)
  const start = seconds(incident.started_at)
  const end = seconds(incident.resolved_at)
  const first = Math.floor((start - BASELINE_DAYS * 86400) / STEP) * STEP
  const blips = (BLIPS[incident.component] ?? []).map((b) => {
    const day = Math.floor(start / 86400) - b.daysBefore
    const from = day * 86400 + b.hour * 3600
    return { from, to: from + b.minutes * 60, err: b.err }
  })
  for (let t = first; t <= end; t += STEP) {
    const key = `${incident.component}@${t}`
    if (written.has(key)) continue
    written.add(key)
    // a daily rhythm (busier in the afternoon, UTC) plus noise
    const hour = (t % 86400) / 3600
    const load = 1 + 0.25 * Math.sin(((hour - 8) / 24) * 2 * Math.PI)
    let err = normal.err * load * (0.7 + 0.6 * random())
    let p99 = normal.p99 * (0.9 + 0.15 * load) * (0.9 + 0.2 * random())
    for (const b of blips) if (t >= b.from && t < b.to) err = b.err * (0.9 + 0.2 * random())
    if (t >= start && t <= end) {
      // ramps up over the first 20 minutes, holds, eases off over the last quarter
      const rise = Math.min(1, (t - start) / 1200)
      const fall = Math.min(1, (end - t) / Math.max(STEP, (end - start) / 4))
      const level = Math.max(0, Math.min(rise, fall))
      err += (profile.err - normal.err) * level * (0.9 + 0.1 * random())
      p99 += (profile.p99 - normal.p99) * level * (0.9 + 0.1 * random())
    }
    rows.push([incident.component, new Date(t * 1000).toISOString().replace('.000Z', 'Z'), err.toFixed(5), Math.round(p99)])
  }
}
const text = ['service,timestamp,error_rate,latency_p99', ...rows.map((r) => r.join(','))].join('\n') + '\n'
writeFileSync(join(dir, 'metrics.csv'), text)
console.log(`${join(dir, 'metrics.csv')}: ${rows.length} samples, ${(text.length / 1024).toFixed(0)} KiB`)
