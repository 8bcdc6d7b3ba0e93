import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { Block, ChartBlock, ChartSpec } from '../../domain/report-document.js';
import { chartOption, type ChartSize } from './chart-option.js';
import { CJK_FONT_FAMILY, cjkFontPath } from './cjk-font.js';

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, SVGRenderer]);

/** A chart's size in CSS pixels, about the text width of an A4 page; the PNG has `CHART_PNG_SCALE` times as many pixels. */
export const DEFAULT_CHART_SIZE: ChartSize = { width: 640, height: 360 };
/** 2× keeps lines and Chinese glyphs crisp when printed (≈ 150 dpi at 16 cm wide). */
export const CHART_PNG_SCALE = 2;

/** The chart as SVG (ECharts server-side rendering); text stays `<text>` in the CJK font family. */
export function renderChartSvg(spec: ChartSpec, size: ChartSize = DEFAULT_CHART_SIZE): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(chartOption(spec, size));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as a PNG of `size × CHART_PNG_SCALE` pixels, drawn on this thread. */
export function renderChartPng(spec: ChartSpec, size: ChartSize = DEFAULT_CHART_SIZE): Buffer {
  return new Resvg(renderChartSvg(spec, size), rasterOptions()).render().asPng();
}

/** The same PNG, rasterised on libuv's thread pool: renderers draw all charts of a document at once. */
export async function renderChartPngAsync(spec: ChartSpec, size: ChartSize = DEFAULT_CHART_SIZE): Promise<Buffer> {
  return (await renderAsync(renderChartSvg(spec, size), rasterOptions())).asPng();
}

/** A chart as drawn into a document: the PNG and the CSS size it was laid out at (its aspect ratio). */
export interface RenderedChart {
  png: Buffer;
  size: ChartSize;
}

/**
 * The size a chart is laid out at: the default, except that horizontal bars grow taller with their number, so a
 * ranking of twenty communities keeps legible labels (up to twice the default height).
 */
export function chartSizeOf(spec: ChartSpec): ChartSize {
  if (spec.type !== 'hbar') return DEFAULT_CHART_SIZE;
  const height = Math.min(2 * DEFAULT_CHART_SIZE.height, Math.max(DEFAULT_CHART_SIZE.height, 60 + 26 * spec.categories.length));
  return { width: DEFAULT_CHART_SIZE.width, height };
}

/**
 * Every chart of a document as a PNG, keyed by its block. Rasterised off the event loop but one at a time: each
 * resvg run loads the 10 MB font afresh, and running them side by side on two cores was slower, not faster.
 */
export async function renderDocumentCharts(blocks: readonly Block[]): Promise<Map<ChartBlock, RenderedChart>> {
  const charts = new Map<ChartBlock, RenderedChart>();
  for (const block of blocks) {
    if (block.kind !== 'chart') continue;
    const size = chartSizeOf(block.chart);
    charts.set(block, { png: await renderChartPngAsync(block.chart, size), size });
  }
  return charts;
}

function rasterOptions(): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: CHART_PNG_SCALE },
    background: '#ffffff',
    // resvg-js 2.6 takes font files, not buffers, and drops text it has no font for: never fall back to system fonts,
    // whose presence differs between a laptop and the server.
    font: { fontFiles: [cjkFontPath('regular')], loadSystemFonts: false, defaultFontFamily: CJK_FONT_FAMILY, sansSerifFamily: CJK_FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  };
}
