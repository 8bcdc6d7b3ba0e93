import { describe, expect, it } from '@jest/globals';
import type { ChartBlock, ChartSpec } from '../../domain/report-document.js';
import { chartOption } from './chart-option.js';
import { CHART_PNG_SCALE, chartSizeOf, DEFAULT_CHART_SIZE, renderChartPng, renderChartPngAsync, renderChartSvg, renderDocumentCharts } from './chart-renderer.js';
import { CJK_FONT_FAMILY, cjkFontBuffer, cjkFontPath } from './cjk-font.js';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

const SPECS: Record<ChartSpec['type'], ChartSpec> = {
  line: { type: 'line', categories: ['9月', '10月', '11月'], series: [{ name: '受理量', values: [980, 1173, 1248] }] },
  bar: { type: 'bar', percent: true, categories: ['陶然亭', '黑窑厂'], series: [{ name: '响应率', values: [0.953, 0.9] }, { name: '解决率', values: [0.75, 0.7] }] },
  hbar: { type: 'hbar', categories: ['噪音扰民', '停车管理', '供暖'], series: [{ name: '件数', values: [120, 340, 410] }] },
  pie: { type: 'pie', slices: [{ name: '咨询', value: 420 }, { name: '投诉', value: 580 }] },
};

/** The option's parts the tests look at, without ECharts' wide union types. */
type Loose = Record<string, any>;
const optionOf = (spec: ChartSpec) => chartOption(spec, DEFAULT_CHART_SIZE) as Loose;

describe('CJK font from npm', () => {
  it('when the font is asked for twice, then it is read once and is a TrueType file', () => {
    expect(cjkFontPath('regular')).toMatch(/NotoSansSC_400Regular\.ttf$/);
    expect(cjkFontPath('bold')).toMatch(/NotoSansSC_700Bold\.ttf$/);
    const first = cjkFontBuffer('regular');
    expect(cjkFontBuffer('regular')).toBe(first);
    expect(first.readUInt32BE(0)).toBe(0x00010000);
  });
});

describe('chart options from a ChartSpec', () => {
  it.each(Object.keys(SPECS) as ChartSpec['type'][])('when a %s chart is built, then it is static and set in the CJK font', (type) => {
    const option = optionOf(SPECS[type]);
    expect(option.animation).toBe(false);
    expect(option.textStyle.fontFamily).toBe(CJK_FONT_FAMILY);
  });

  it('when horizontal bars are built, then the longest comes first with its value', () => {
    const option = optionOf(SPECS.hbar);
    expect(option.yAxis.data).toEqual(['供暖', '停车管理', '噪音扰民']);
    expect(option.yAxis.inverse).toBe(true);
    expect(option.series[0].data).toEqual([410, 340, 120]);
  });

  it('when a chart shows percentages, then the axis and the labels read as percent', () => {
    const option = optionOf(SPECS.bar);
    expect(option.yAxis.axisLabel.formatter(0.2)).toBe('20%');
    expect(option.yAxis.axisLabel.formatter(0.07)).toBe('7%');
    expect(option.series[0].label.formatter({ value: 0.953 })).toBe('95.3%');
  });

  it.each([
    ['bar', true],
    ['line', false],
    ['hbar', false],
  ] as const)('when a %s chart is built, then the legend is shown: %s (only with more than one series)', (type, shown) => {
    expect(optionOf(SPECS[type]).legend.show).toBe(shown);
  });

  it('when a pie is built, then each slice is labelled with its count and share', () => {
    const option = optionOf(SPECS.pie);
    expect(option.series[0].label.formatter({ name: '投诉', value: 1580, percent: 58 })).toBe('投诉 1,580（58.0%）');
  });
});

describe('chart rendering (ECharts SSR → SVG → PNG)', () => {
  it.each(Object.keys(SPECS) as ChartSpec['type'][])('when a %s chart is rendered, then it is a PNG at twice the CSS size', (type) => {
    const png = renderChartPng(SPECS[type]);
    expect(png.subarray(0, 8)).toEqual(PNG_MAGIC);
    expect(pngSize(png)).toEqual({ width: DEFAULT_CHART_SIZE.width * CHART_PNG_SCALE, height: DEFAULT_CHART_SIZE.height * CHART_PNG_SCALE });
  });

  it.each([
    [3, 360],
    [20, 580],
    [40, 720],
  ])('when horizontal bars rank %s categories, then the chart is %s px tall', (n, height) => {
    const spec: ChartSpec = { type: 'hbar', categories: Array.from({ length: n }, (_, i) => `社区${i}`), series: [{ name: '件数', values: Array.from({ length: n }, (_, i) => i) }] };
    expect(chartSizeOf(spec)).toEqual({ width: 640, height });
    expect(chartSizeOf(SPECS.line)).toEqual(DEFAULT_CHART_SIZE);
  });

  it('when a document\'s charts are rendered, then each chart block gets its PNG at its own size', async () => {
    const tall: ChartSpec = { type: 'hbar', categories: Array.from({ length: 20 }, (_, i) => `社区${i}`), series: [{ name: '件数', values: Array.from({ length: 20 }, (_, i) => i) }] };
    const ranking: ChartBlock = { kind: 'chart', title: '排名', chart: tall };
    const shares: ChartBlock = { kind: 'chart', title: '占比', chart: SPECS.pie };
    const charts = await renderDocumentCharts([{ kind: 'paragraph', text: '说明' }, ranking, shares]);
    expect(charts.size).toBe(2);
    expect(pngSize(charts.get(ranking)!.png)).toEqual({ width: 1280, height: 1160 });
    expect(charts.get(shares)!.size).toEqual(DEFAULT_CHART_SIZE);
  });

  it('when a size is given, then the PNG has that size times the scale', async () => {
    const png = await renderChartPngAsync(SPECS.pie, { width: 400, height: 300 });
    expect(pngSize(png)).toEqual({ width: 800, height: 600 });
  });

  it('when the SVG is rendered, then the Chinese labels are text in the CJK font', () => {
    const svg = renderChartSvg(SPECS.hbar);
    expect(svg).toContain('停车管理');
    expect(svg).toContain(CJK_FONT_FAMILY);
  });

  it('when only the labels differ, then the pixels differ (text is drawn, which it is not without a font)', () => {
    // resvg silently drops text it has no font for: with the font missing both PNGs would be identical.
    const renamed: ChartSpec = { ...SPECS.hbar, categories: ['道路破损', '垃圾清运', '违章建筑'] } as ChartSpec;
    expect(renderChartPng(SPECS.hbar).equals(renderChartPng(renamed))).toBe(false);
    const sameText: ChartSpec = { ...SPECS.hbar } as ChartSpec;
    expect(renderChartPng(SPECS.hbar).equals(renderChartPng(sameText))).toBe(true);
  });
});
