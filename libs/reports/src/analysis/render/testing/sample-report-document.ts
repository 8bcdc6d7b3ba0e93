import type { ReportDocument } from '../../../domain/report-document.js';

/** Community names for the sample's long table; the 48 rows break across PDF pages. */
export const SAMPLE_COMMUNITIES = Array.from({ length: 48 }, (_, i) => `${['陶然亭', '黑窑厂', '龙泉', '粉房琉璃街', '米市', '红土店'][i % 6]}第${i + 1}网格`);

/** One sentence of 300 characters with no space in it: the PDF must wrap it between characters, inside the margins. */
export const SAMPLE_LONG_PARAGRAPH = (
  '本月街道共受理市民诉求工单一千二百四十八件，较上月增长百分之六点四，其中噪音扰民、停车管理和物业服务三类诉求合计占比超过四成，' +
  '主要集中在陶然亭社区和黑窑厂社区的老旧小区，夜间施工噪音和小区内停车位不足是群众反映最集中的问题，' +
  '街道已会同城管执法队、属地派出所和物业企业开展联合治理，对反复投诉的点位建立台账、逐一销号，并通过“接诉即办”回访机制核实整改效果，' +
  '对暂时无法解决的诉求向群众做好解释说明工作，同时梳理共性问题形成专题报告，提请相关职能部门研究解决，推动由“解决一件事”向“解决一类事”转变'
).slice(0, 300);

/**
 * A report exercising every block type the renderers handle: three heading levels, paragraphs (one of 300 characters
 * without spaces), bullets, a table long enough for two PDF pages with a money totals row, and one chart of each type.
 */
export function sampleReportDocument(): ReportDocument {
  const rows = SAMPLE_COMMUNITIES.map((name, i) => [name, 20 + ((i * 37) % 90), 0.8 + ((i * 7) % 20) / 100, 1000 + i * 250.5]);
  return {
    title: '陶然亭街道 2026年11月 12345 市民热线民意分析报告',
    subtitle: '（样例）',
    meta: [
      { label: '统计周期', value: '2026年10月21日至2026年11月20日' },
      { label: '编制单位', value: '陶然亭街道接诉即办工作专班' },
      { label: '生成时间', value: '2026年11月21日 09:30' },
    ],
    blocks: [
      { kind: 'heading', level: 1, text: '一、总体情况' },
      { kind: 'paragraph', text: SAMPLE_LONG_PARAGRAPH },
      { kind: 'bullets', items: ['受理工单 1,248 件，同比增长 6.4%。', '响应率 99.2%，解决率 87.5%，满意率 90.1%。', '超期工单 12 件，均已督办。'] },
      { kind: 'chart', title: '近十二个月受理量趋势', caption: '受理量在夏季达到高峰，11月回升至1,248件。', chart: { type: 'line', categories: ['12月', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月'], series: [{ name: '受理量', values: [820, 932, 901, 934, 1290, 1330, 1320, 1100, 980, 1010, 1173, 1248] }] } },
      { kind: 'heading', level: 2, text: '（一）诉求类型分布' },
      { kind: 'chart', title: '诉求类型占比', chart: { type: 'pie', slices: [{ name: '咨询', value: 420 }, { name: '求助', value: 310 }, { name: '投诉', value: 416 }, { name: '举报', value: 40 }, { name: '建议', value: 50 }, { name: '表扬', value: 12 }] } },
      { kind: 'heading', level: 2, text: '（二）热点问题' },
      { kind: 'chart', title: '热点问题前六位', caption: '供暖和停车管理居前两位。', chart: { type: 'hbar', categories: ['噪音扰民', '停车管理', '物业服务', '环境卫生', '供暖', '市政设施'], series: [{ name: '件数', values: [120, 340, 260, 90, 410, 55] }] } },
      { kind: 'heading', level: 1, text: '二、三率情况' },
      { kind: 'chart', title: '各社区响应率与解决率', chart: { type: 'bar', percent: true, categories: ['陶然亭', '黑窑厂', '龙泉', '粉房琉璃街', '米市', '红土店'], series: [{ name: '响应率', values: [0.95, 0.93, 0.91, 0.97, 0.88, 0.9] }, { name: '解决率', values: [0.75, 0.73, 0.71, 0.77, 0.68, 0.7] }] } },
      { kind: 'heading', level: 2, text: '（一）各网格明细' },
      { kind: 'heading', level: 3, text: '1. 网格工单与费用' },
      {
        kind: 'table',
        caption: '表1 各网格工单量、解决率与服务费用',
        columns: [{ title: '网格', width: 2 }, { title: '工单量', format: 'integer' }, { title: '解决率', format: 'percent' }, { title: '服务费用（元）', format: 'money', width: 1.5 }],
        rows: [...rows, ['未归属网格', null, null, null]],
        totals: ['合计', 3120, 0.853, 1248000],
      },
      { kind: 'heading', level: 1, text: '三、问题与建议' },
      { kind: 'paragraph', text: '建议加强夜间施工审批与巡查，推动老旧小区停车设施改造。' },
    ],
    footer: ['甲方（盖章）：陶然亭街道办事处          乙方（盖章）：', '日期：2026年11月21日'],
  };
}
