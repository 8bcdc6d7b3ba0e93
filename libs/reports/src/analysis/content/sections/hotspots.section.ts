import type { Block } from '../../../domain/report-document.js';
import { countText, listText } from '../phrasing.js';
import { paragraph, seriesChart, subheading, table, top, type AnalysisSection } from './blocks.js';

const TOP_PLACES = 10;
const TOP_KEYWORDS = 20;

/** 四、热点地址与关键词: addresses by courtyard, and the period's keywords by TF-IDF. */
export const hotspotsSection: AnalysisSection = {
  title: '热点地址与关键词',
  build({ hotspots }) {
    const blocks: Block[] = [subheading('（一）高发地址')];
    const places = top(hotspots.places, TOP_PLACES);
    if (places.length === 0) {
      blocks.push(paragraph('本期无高发地址（无受理诉求）。'));
    } else {
      blocks.push(
        paragraph(
          `按院落（楼栋归并到院）统计，诉求最集中的地址是${listText(top(places, 3).map((p) => `${p.place}（${countText(p.count)}，来电 ${countText(p.callers, '人')}）`))}。`,
        ),
        table(
          `高发地址（前 ${places.length} 位）`,
          [
            { title: '地址（到院）', format: 'text', width: 3 },
            { title: '诉求（件）', format: 'integer' },
            { title: '来电人数', format: 'integer' },
          ],
          places.map((p) => [p.place, p.count, p.callers]),
        ),
        seriesChart('hbar', `高发地址（前 ${places.length} 位）`, '诉求（件）', places.map((p) => ({ label: p.place, value: p.count }))),
      );
    }
    blocks.push(subheading('（二）诉求关键词'));
    const keywords = top(hotspots.keywords, TOP_KEYWORDS);
    if (keywords.length === 0) {
      blocks.push(paragraph('本期无可统计的关键词（关键词须出现在 2 件及以上诉求中）。'));
    } else {
      blocks.push(
        paragraph(
          `按 TF-IDF 权重（本期出现频次越高、在近 12 个月诉求中越少见，权重越高），本期关键词依次为${listText(top(keywords, 5).map((k) => `“${k.term}”（${k.orders} 件诉求提及，权重 ${k.score}）`))}。`,
        ),
        table(
          `诉求关键词（前 ${keywords.length} 位）`,
          [
            { title: '关键词', format: 'text', width: 2 },
            { title: '出现次数', format: 'integer' },
            { title: '涉及诉求（件）', format: 'integer' },
            { title: 'TF-IDF 权重', format: 'decimal1' },
          ],
          keywords.map((k) => [k.term, k.count, k.orders, k.score]),
        ),
        seriesChart('hbar', `诉求关键词权重（前 ${Math.min(keywords.length, 15)} 位）`, 'TF-IDF 权重', top(keywords, 15).map((k) => ({ label: k.term, value: k.score }))),
      );
    }
    return blocks;
  },
};
