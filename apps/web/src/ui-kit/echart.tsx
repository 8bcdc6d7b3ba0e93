import { init, type ECElementEvent, type EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { CHART_COLORS, CHART_FONT, type ChartOption } from './echarts-setup';

interface EChartProps {
  option: ChartOption;
  height: number;
  /** What the chart says, in words: charts are pictures to screen readers, so the container is an image named so. */
  label: string;
  /** A click on a bar, point or slice: its series and data index. */
  onItemClick?: (event: { seriesIndex: number; dataIndex: number; name: string }) => void;
  className?: string;
}

/**
 * A thin React wrapper around one ECharts instance: created on mount, given each new option whole (`notMerge`, so a
 * drill-down does not keep the previous level's bars), resized with its box, disposed on unmount.
 */
export function EChart({ option, height, label, onItemClick, className }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  // The latest handler, without re-binding the chart's listener on every render.
  const clickRef = useRef(onItemClick);
  useEffect(() => {
    clickRef.current = onItemClick;
  });

  useEffect(() => {
    const instance = init(box.current!, null, { renderer: 'svg', locale: 'ZH' });
    chart.current = instance;
    instance.on('click', (event: ECElementEvent) => {
      clickRef.current?.({ seriesIndex: event.seriesIndex ?? 0, dataIndex: event.dataIndex, name: event.name });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ color: CHART_COLORS, textStyle: { fontFamily: CHART_FONT }, animationDuration: 300, ...option }, { notMerge: true });
  }, [option]);

  const clickable = onItemClick ? ' echart--clickable' : '';
  return <div ref={box} className={`echart${clickable} ${className ?? ''}`.trim()} style={{ height }} role="img" aria-label={label} />;
}
