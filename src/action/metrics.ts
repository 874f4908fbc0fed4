/** Production metrics for the action: the inputs as a MetricsConfig, and the impact when a source is set. */
import * as core from '@actions/core'
import { resolve } from 'node:path'
import type { Findings } from '../analysis/types.js'
import type { Rollup } from '../history/types.js'
import type { Incident } from '../incidents/types.js'
import type { Config } from '../inputs.js'
import { metricsConfig, parseErrorRate, productionImpact, type MetricsConfig, type ProductionImpact } from '../metrics/index.js'

export function metricsConfigOf(config: Config, workspace: string): MetricsConfig | null {
  const m = config.metrics
  if (!m.prometheusUrl && !m.metricsFile) return null
  for (const secret of [m.prometheusToken, m.basicAuth]) if (secret) core.setSecret(secret)
  return metricsConfig({
    prometheusUrl: m.prometheusUrl,
    prometheusToken: m.prometheusToken,
    basicAuth: m.basicAuth,
    errorRateQuery: m.errorRateQuery ?? undefined,
    latencyQuery: m.latencyQuery ?? undefined,
    latencyUnit: m.latencyUnit,
    metricsFile: m.metricsFile ? resolve(workspace, m.metricsFile) : null,
    sloLatencyP99Ms: m.sloLatencyP99Ms,
    sloErrorRate: m.sloErrorRate ? parseErrorRate(m.sloErrorRate) : null,
    alertWithinMinutes: m.alertWithinMinutes,
    timeoutMs: m.timeoutMs
  })
}

/** The impact of the incidents, or null when no metrics source is configured. Never throws for a source that is down. */
export async function impactFor(config: Config, workspace: string, findings: Findings, incidents: Incident[], rollup: Rollup): Promise<ProductionImpact | null> {
  const settings = metricsConfigOf(config, workspace)
  if (!settings) return null
  return productionImpact(findings, incidents, settings, { warn: (m: string) => core.warning(m) }, { tests: rollup.tests })
}
