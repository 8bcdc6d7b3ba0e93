import { BarChart, GaugeChart, LineChart, PieChart, type BarSeriesOption, type GaugeSeriesOption, type LineSeriesOption, type PieSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components';
import { use, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The parts of ECharts the desk draws with, registered once when the first chart's chunk loads. Only pages that
 * chart import this module, so ECharts stays out of the shell's first-load chunk. SVG rather than canvas: a few
 * hundred shapes at most, crisp when zoomed or printed, and text the browser can select.
 */
use([BarChart, LineChart, PieChart, GaugeChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GaugeSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

/** The desk's palette (desk-theme.ts, styles.css): brand blue first, then calm, distinguishable colours. */
export const CHART_COLORS = ['#1d4e89', '#3a7bc8', '#5fa8a0', '#e0a03a', '#b3261e', '#7a5fa8', '#8a9aab', '#1e7b34'];

export const CHART_FONT = "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', system-ui, sans-serif";
