import { describe, expect, test } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { DEFAULT_ERROR_RATE_QUERY, DEFAULT_LATENCY_QUERY, metricsConfig, parseErrorRate } from '../../src/metrics/index.js'
import { parseBaseUrl } from '../../src/metrics/prometheus.js'
import { checkTemplate, durationText, renderQuery } from '../../src/metrics/promql.js'

const fill = (template: string, component: string): string => renderQuery(template, { component, window: '5m' }, 'metrics-error-rate-query')

describe('query templates', () => {
  test('the defaults fill {component} and {window}', () => {
    expect(fill(DEFAULT_ERROR_RATE_QUERY, 'checkout')).toBe('sum(rate(http_requests_total{service="checkout",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="checkout"}[5m]))')
    expect(fill(DEFAULT_LATENCY_QUERY, 'checkout')).toBe('histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="checkout"}[5m])))')
  })

  test('quotes, backslashes and newlines in a component cannot leave the label value', () => {
    expect(fill('up{service="{component}"}', 'a"} or vector(1) #')).toBe('up{service="a\\"} or vector(1) #"}')
    expect(fill('up{service="{component}"}', 'a\\"b')).toBe('up{service="a\\\\\\"b"}')
    expect(fill('up{service="{component}"}', 'a\nb\u0000')).toBe('up{service="a\\nb\\u0000"}')
    expect(fill("up{service='{component}'}", "it's")).toBe("up{service='it\\'s'}")
  })

  test('after =~ the component is a literal regular expression too', () => {
    expect(fill('up{service=~"{component}"}', 'api.*|x')).toBe('up{service=~"api\\\\.\\\\*\\\\|x"}')
    expect(fill('up{service!~ "{component}",x="{component}"}', 'a.b')).toBe('up{service!~ "a\\\\.b",x="a.b"}')
  })

  test('a template that could not be escaped is an InputError naming the input', () => {
    expect(() => fill('up{service={component}}', 'x')).toThrow(InputError)
    expect(() => fill('up{service={component}}', 'x')).toThrow(/metrics-error-rate-query.*outside a quoted label value/)
    expect(() => fill('up{service=`{component}`}', 'x')).toThrow(/backtick/)
    expect(() => fill('up{service="{window}"}', 'x')).toThrow(/\{window\} inside a string/)
    expect(() => fill('up{service="{component}}', 'x')).toThrow(/unterminated/)
    expect(() => checkTemplate('sum(rate(http_requests_total[5m]))', 'metrics-latency-query')).toThrow(/metrics-latency-query input must contain \{component\}/)
    // escaped quotes inside a string do not end it
    expect(fill('up{a="x\\"y",service="{component}"}', 'c')).toBe('up{a="x\\"y",service="c"}')
  })

  test('durations, URLs and SLO shares', () => {
    expect([durationText(300), durationText(3600), durationText(90)]).toEqual(['5m', '1h', '90s'])
    expect(parseBaseUrl('https://u:p@prom.example.com/api/v1/?x=1')).toEqual({ endpoint: 'https://prom.example.com', userinfo: 'u:p' })
    expect(parseBaseUrl('https://grafana.example.net/api/prom/')).toEqual({ endpoint: 'https://grafana.example.net/api/prom', userinfo: null })
    expect(() => parseBaseUrl('prometheus:9090')).toThrow(/must be http\(s\)/)
    expect(() => parseBaseUrl('not a url')).toThrow(InputError)
    expect([parseErrorRate('1%'), parseErrorRate('0.5 %'), parseErrorRate('0.01')]).toEqual([0.01, 0.005, 0.01])
    expect(() => parseErrorRate('5')).toThrow(/slo-error-rate/)
    expect(metricsConfig({ sloErrorRate: 0.02 })).toMatchObject({ errorRateQuery: DEFAULT_ERROR_RATE_QUERY, baselineDays: 7, alertWithinMinutes: 10, timeoutMs: 10000, sloErrorRate: 0.02, sloLatencyP99Ms: null })
  })
})
