import { countText, dayText, monthText } from '../phrasing.js';
import { paragraph, seriesChart, subheading, top, type AnalysisSection } from './blocks.js';

/** 二、诉求量走势: the period day by day, and the 12 assessment months ending with it. */
export const trendSection: AnalysisSection = {
  title: '诉求量走势',
  build({ byDay, months, overview }) {
    const days = byDay.items;
    // The busiest days as the API counted them, busiest first (ties by date); only days with orders.
    const busiest = top([...days].filter((d) => d.count > 0).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)), 3);
    const daily =
      busiest.length > 0
        ? `本期日受理量最高的是${busiest.map((d) => `${dayText(d.key)}（${countText(d.count)}）`).join('、')}。`
        : '本期无受理诉求，每日受理量均为 0。';
    const withOrders = months.filter((m) => m.total > 0);
    const peak = [...withOrders].sort((a, b) => b.total - a.total || b.month.localeCompare(a.month))[0];
    const monthly = peak
      ? `近 12 个月（${monthText(months[0].month)}至${monthText(months[months.length - 1].month)}）中，受理量最高的是${monthText(peak.month)}（${countText(peak.total)}），本期为 ${countText(overview.total)}。`
      : '近 12 个月均无受理诉求。';
    return [
      subheading('（一）本期每日受理量'),
      paragraph(daily),
      seriesChart('line', '本期每日受理量', '受理量（件）', days.map((d) => ({ label: dayText(d.key), value: d.count })), { caption: '按受理日期（北京时间）统计。' }),
      subheading('（二）近 12 个月受理量'),
      paragraph(monthly),
      seriesChart('bar', '近 12 个月受理量', '受理量（件）', months.map((m) => ({ label: monthText(m.month), value: m.total })), {
        caption: '按考核月份统计，末月为本期。',
      }),
    ];
  },
};
