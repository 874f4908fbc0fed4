/** The bundled sample metrics: regenerated identically by the script, small, and enough for every kind of action. */
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analyze } from '../../src/analysis/index.js'
import { readIncidentsFile } from '../../src/incidents/file.js'
import { metricsConfig, productionImpact } from '../../src/metrics/index.js'
import { renderActionsSection, renderIncidentImpact } from '../../src/render/impact.js'
import { checkMermaidBlocks } from './mermaid.js'

describe('demo/metrics.csv', () => {
  test('scripts/make-demo-metrics.mjs regenerates it byte for byte; it stays under 1 MB', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-metrics-'))
    copyFileSync('demo/incidents.json', join(dir, 'incidents.json'))
    execFileSync(process.execPath, ['scripts/make-demo-metrics.mjs', dir], { stdio: 'ignore' })
    expect(readFileSync(join(dir, 'metrics.csv'), 'utf8')).toBe(readFileSync('demo/metrics.csv', 'utf8'))
    expect(statSync('demo/metrics.csv').size).toBeLessThan(1_000_000)
  })

  test('the demo incidents get a Production impact section and every kind of action', async () => {
    const incidents = await readIncidentsFile('demo/incidents.json')
    const empty = { schema_version: 1, updated_at: null, runs: [], tests: {} }
    const findings = analyze(empty, incidents, { now: new Date(readFileSync('demo/NOW', 'utf8').trim()) })
    const impact = await productionImpact(findings, incidents, metricsConfig({ metricsFile: 'demo/metrics.csv', sloLatencyP99Ms: 500, sloErrorRate: 0.01 }))
    expect(impact.notices).toEqual([])
    const inc101 = impact.incidents.find((i) => i.incident_id === 'INC-101')!
    expect(inc101).toMatchObject({ duration_minutes: 210, time_to_detect_minutes: 90, problems: [] })
    expect(inc101.peak_error_rate).toBeGreaterThan(0.08)
    expect(inc101.actions.alert_adjustments[0].threshold).not.toBeNull()
    expect(new Set(impact.actions.slo_refinements.map((s) => s.finding))).toEqual(new Set(['baseline_close', 'too_loose']))
    expect(impact.actions.alert_adjustments.some((a) => a.threshold === null)).toBe(true)
    for (const i of impact.incidents) {
      const section = renderIncidentImpact(i)
      expect(section).toContain('### Production impact')
      expect(checkMermaidBlocks(section)).toHaveLength(2)
      expect(Buffer.byteLength(section)).toBeLessThan(20_000)
    }
    expect(renderActionsSection(impact)).toMatch(/Alert adjustments \(7\)/)
  })
})
