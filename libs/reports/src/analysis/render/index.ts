export { CJK_FONT_FAMILY, CjkFontMissingError, cjkFontBuffer, cjkFontPath, type CjkFontWeight } from './cjk-font.js';
export { chartOption, REPORT_CHART_COLORS, type ChartSize } from './chart-option.js';
export { CHART_PNG_SCALE, chartSizeOf, DEFAULT_CHART_SIZE, renderChartPng, renderChartPngAsync, renderChartSvg, renderDocumentCharts, type RenderedChart } from './chart-renderer.js';
export { renderDocx } from './docx-renderer.js';
export { pageNumberText, renderPdf } from './pdf-renderer.js';
export { formatCell, formatDecimal1, formatInteger, formatMoney, formatPercent, isNumericFormat, MISSING_VALUE, type CellFormat } from './number-format.js';
