import type { Block } from '../../../domain/report-document.js';
import { asSentence, chineseOrdinal, countText, dayText } from '../phrasing.js';
import { TYPICAL_CASE_LABELS } from '../typical-case.js';
import { paragraph, subheading, type AnalysisSection } from './blocks.js';

/** 八、典型案例: 3–5 orders of the period, chosen by what the statistics flagged, masked. */
export const casesSection: AnalysisSection = {
  title: '典型案例',
  build({ cases }) {
    if (cases.length === 0) return [paragraph('本期无典型案例（无受理诉求）。')];
    const blocks: Block[] = [paragraph('以下案例依据本期统计选取，诉求人姓名、电话、证件号码等个人信息均已脱敏。')];
    cases.forEach((c, i) => {
      blocks.push(subheading(`（${chineseOrdinal(i + 1)}）${TYPICAL_CASE_LABELS[c.kind]}：${c.reason}`));
      const where = [c.community, c.address].filter(Boolean).join('，');
      blocks.push(
        paragraph(
          `工单 ${c.orderNo}，${dayText(c.receivedDay, true)}经${c.channelLabel}受理，类型为${c.typeLabel}` +
            `${c.category ? `，分类“${c.category}”` : ''}${where ? `，地点：${where}` : ''}。诉求内容：${asSentence(c.content)}`,
        ),
        paragraph(
          `办理情况：目前${c.statusLabel}${c.unit ? `，承办单位${c.unit}` : ''}，催办 ${countText(c.urges, '次')}，返工 ${countText(c.reworks, '次')}。` +
            `${c.reply ? `答复：${asSentence(c.reply)}` : '尚未答复。'}${c.callback ? asSentence(c.callback) : ''}`,
        ),
      );
    });
    return blocks;
  },
};
