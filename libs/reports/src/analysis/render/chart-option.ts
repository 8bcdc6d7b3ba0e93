import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ChartSpec } from '../../domain/report-document.js';
import { CJK_FONT_FAMILY } from './cjk-font.js';
import { formatDecimal1, formatInteger, formatPercent } from './number-format.js';

export type ReportChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption>;

export interface ChartSize {
  width: number;
  height: number;
}

/** The desk's palette (apps/web/src/ui-kit/echarts-setup.ts), so printed charts match the screen: sober, distinguishable. */
export const REPORT_CHART_COLORS = ['#1d4e89', '#3a7bc8', '#5fa8a0', '#e0a03a', '#b3261e', '#7a5fa8', '#8a9aab', '#1e7b34'];

const TEXT_COLOR = '#1f2933';
const MUTED_COLOR = '#5f6b7a';
const LINE_COLOR = '#d8dee6';
const FONT_SIZE = 12;
/** Values printed on bars and points only while they stay legible (horizontal bars each have a row of their own). */
const MAX_LABELLED_CATEGORIES = { column: 15, row: 30 };

/** A `ChartSpec` as an ECharts option for server-side rendering: no animation, no tooltip, text in the CJK font. */
export function chartOption(spec: ChartSpec, size: ChartSize): ReportChartOption {
  const base: ReportChartOption = {
    animation: false,
    backgroundColor: '#ffffff',
    color: REPORT_CHART_COLORS,
    textStyle: { fontFamily: CJK_FONT_FAMILY, fontSize: FONT_SIZE, color: TEXT_COLOR, fontWeight: 'normal' },
  };
  if (spec.type === 'pie') return { ...base, series: [pieSeries(spec.slices)] };

  const percent = spec.percent === true;
  const legend = spec.series.length > 1;
  const axisValue = (v: number) => (percent ? `${Number((v * 100).toPrecision(12))}%` : formatInteger(v));
  const pointValue = (v: number) => (percent ? formatPercent(v) : Number.isInteger(v) ? formatInteger(v) : formatDecimal1(v));
  const showLabels = spec.series.length === 1 && spec.categories.length <= MAX_LABELLED_CATEGORIES[spec.type === 'hbar' ? 'row' : 'column'];
  const common: ReportChartOption = {
    ...base,
    legend: legend ? { show: true, top: 4, left: 'center', itemWidth: 16, itemHeight: 9, textStyle: { color: TEXT_COLOR } } : { show: false },
    // Values printed right of horizontal bars need room the axis-label bounds do not reserve.
    grid: { left: 12, right: spec.type === 'hbar' && showLabels ? 60 : 28, top: legend ? 40 : 24, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
  };
  const valueAxis = {
    type: 'value' as const,
    axisLabel: { formatter: axisValue, color: MUTED_COLOR },
    splitLine: { lineStyle: { color: LINE_COLOR } },
  };

  if (spec.type === 'hbar') {
    // Longest first, read top-down like a ranking table; ordered by the first series, the one being ranked.
    const order = spec.categories.map((_, i) => i).sort((a, b) => (spec.series[0]?.values[b] ?? 0) - (spec.series[0]?.values[a] ?? 0));
    return {
      ...common,
      xAxis: valueAxis,
      yAxis: { type: 'category', inverse: true, data: order.map((i) => spec.categories[i]), axisTick: { show: false }, axisLabel: { color: TEXT_COLOR, width: size.width * 0.3, overflow: 'truncate' } },
      series: spec.series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: order.map((i) => s.values[i] ?? null),
        barMaxWidth: 22,
        label: { show: showLabels, position: 'right', color: TEXT_COLOR, formatter: (p) => pointValue(Number(p.value)) },
      })),
    };
  }

  const longest = Math.max(0, ...spec.categories.map((c) => c.length));
  // Rotate category labels when they would collide: CJK glyphs are about one em wide.
  const slot = (size.width - 80) / Math.max(1, spec.categories.length);
  const rotate = longest * FONT_SIZE > slot ? (longest * FONT_SIZE > slot * 2 ? 45 : 30) : 0;
  return {
    ...common,
    xAxis: { type: 'category', data: spec.categories, axisTick: { alignWithLabel: true }, axisLine: { lineStyle: { color: MUTED_COLOR } }, axisLabel: { interval: 0, rotate, color: TEXT_COLOR } },
    yAxis: valueAxis,
    series: spec.series.map((s): BarSeriesOption | LineSeriesOption => {
      const label = { show: showLabels, position: 'top' as const, color: TEXT_COLOR, formatter: (p: { value?: unknown }) => pointValue(Number(p.value)) };
      return spec.type === 'line'
        ? { type: 'line', name: s.name, data: s.values, symbol: 'circle', symbolSize: 6, lineStyle: { width: 2 }, label }
        : { type: 'bar', name: s.name, data: s.values, barMaxWidth: 36, label };
    }),
  };
}

function pieSeries(slices: { name: string; value: number }[]): PieSeriesOption {
  return {
    type: 'pie',
    radius: ['0%', '66%'],
    center: ['50%', '52%'],
    data: slices.map((s) => ({ name: s.name, value: s.value })),
    percentPrecision: 1,
    label: { color: TEXT_COLOR, formatter: (p) => `${p.name} ${formatInteger(Number(p.value))}（${formatDecimal1(p.percent ?? 0)}%）` },
    labelLine: { length: 12, length2: 10 },
    itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
  };
}
