import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../src/errors.js'
import { FileSource } from '../../src/metrics/file.js'
import { metricsConfig, openMetricsSource } from '../../src/metrics/index.js'

const t = (iso: string): number => Date.parse(iso) / 1000

describe('metrics-file', () => {
  test('CSV: any column order, quoted cells, missing cells, case-insensitive service, samples in order', async () => {
    const csv = [
      'timestamp,latency_p99,service,error_rate,region',
      '2026-03-10T12:05:00Z,300,Checkout,0.05,eu',
      '2026-03-10T12:00:00+00:00,250,"checkout",,eu',
      '1773144600,,checkout,0.1,"eu, west"',
      '2026-03-10T12:00:00Z,80,search,0.001,eu',
      ''
    ].join('\r\n')
    const source = FileSource.parse(csv, 'm.csv')
    expect(await source.series('error_rate', ' CHECKOUT ', t('2026-03-10T12:00:00Z'), t('2026-03-10T12:10:00Z'))).toEqual([[t('2026-03-10T12:05:00Z'), 0.05], [1773144600, 0.1]])
    expect(await source.series('latency_p99', 'checkout', t('2026-03-10T12:00:00Z'), t('2026-03-10T12:05:00Z'))).toEqual([[t('2026-03-10T12:00:00Z'), 250], [t('2026-03-10T12:05:00Z'), 300]])
    expect(await source.series('error_rate', 'nothing', 0, 2e9)).toEqual([])
  })

  test('JSON: an array of objects, latency_p99_ms accepted', async () => {
    const source = FileSource.parse(JSON.stringify([{ service: 'auth', timestamp: '2026-03-10T12:00:00Z', error_rate: 0.2, latency_p99_ms: 40 }]), 'm.json')
    expect(await source.series('latency_p99', 'auth', 0, 2e9)).toEqual([[t('2026-03-10T12:00:00Z'), 40]])
  })

  test('bad rows, a time without a zone, a missing column: InputError naming the file and the rows', () => {
    const csv = 'service,timestamp,error_rate,latency_p99\nx,2026-03-10T12:00:00,0.1,1\nx,2026-03-10T12:00:00Z,high,1\n,2026-03-10T12:00:00Z,0.1,1\n'
    expect(() => FileSource.parse(csv, 'bad.csv')).toThrow(InputError)
    expect(() => FileSource.parse(csv, 'bad.csv')).toThrow(/bad\.csv has 3 bad row\(s\): line 2: timestamp .* line 3: error_rate "high" .* line 4: no service/)
    expect(() => FileSource.parse('service,error_rate\n', 'h.csv')).toThrow(/h\.csv has no timestamp column/)
    expect(() => FileSource.parse('[{"service": ', 'j.json')).toThrow(/j\.json is not valid JSON/)
  })

  test('the source is chosen by the inputs; both at once is a mistake; a missing file says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'metrics-file-'))
    writeFileSync(join(dir, 'm.csv'), 'service,timestamp,error_rate,latency_p99\n')
    expect((await openMetricsSource(metricsConfig({ metricsFile: join(dir, 'm.csv') })))?.kind).toBe('file')
    expect((await openMetricsSource(metricsConfig({ prometheusUrl: 'http://127.0.0.1:9' })))?.kind).toBe('prometheus')
    expect(await openMetricsSource(metricsConfig())).toBeNull()
    await expect(openMetricsSource(metricsConfig({ metricsFile: 'x.csv', prometheusUrl: 'http://p' }))).rejects.toThrow(/one of prometheus-url and metrics-file/)
    await expect(openMetricsSource(metricsConfig({ metricsFile: join(dir, 'nope.csv') }))).rejects.toThrow(/nope\.csv could not be read \(ENOENT\)/)
  })
})
