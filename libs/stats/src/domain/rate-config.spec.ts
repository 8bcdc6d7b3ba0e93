import { describe, expect, it } from '@jest/globals';
import { configInForce, DEFAULT_RATE_CONFIG, describeRateConfig, rateConfigProblems, type DatedRateConfig } from './rate-config.js';

const dated = (effectiveFrom: string, response: number, resolution: number, satisfaction: number): DatedRateConfig => ({
  ...DEFAULT_RATE_CONFIG, effectiveFrom, weights: { response, resolution, satisfaction },
});

describe('rate configuration with an effective date', () => {
  const history = [dated('2026-12-01', 0.2, 0.4, 0.4), dated('2026-06-01', 0.1, 0.5, 0.4)];

  it.each([
    ['2026-05-31', '2000-01-01'],
    ['2026-06-01', '2026-06-01'],
    ['2026-11-30', '2026-06-01'],
    ['2026-12-01', '2026-12-01'],
    ['2027-03-01', '2026-12-01'],
  ])('when the period starts %s, then the settings dated %s apply', (day, expected) => {
    expect(configInForce(history, day).effectiveFrom).toBe(expected);
  });

  it.each([
    [{ response: 0.1, resolution: 0.5, satisfaction: 0.4 }, 0.9, []],
    [{ response: 0.2, resolution: 0.5, satisfaction: 0.4 }, 0.9, ['weights']],
    [{ response: -0.1, resolution: 0.7, satisfaction: 0.4 }, 0.9, ['weights.response']],
    [{ response: 0.1, resolution: 0.5, satisfaction: 0.4 }, 1.5, ['basicallySatisfiedWeight']],
  ])('when the weights are %j and the factor %s, then the problems are %j', (weights, factor, fields) => {
    expect(rateConfigProblems({ weights, basicallySatisfiedWeight: factor, periodMode: 'calendar' }).map((p) => p.field)).toEqual(fields);
  });

  it('when shown, then the weights read in Chinese', () => {
    expect(describeRateConfig(DEFAULT_RATE_CONFIG)).toBe('响应率×0.1 + 解决率×0.5 + 满意率×0.4（基本满意按 0.9 计）');
  });
});
