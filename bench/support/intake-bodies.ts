import { readFileSync } from 'node:fs';
import { csvRows } from '../../libs/intake/src/import/csv-rows.js';

interface Gazetteer {
  communities: { gazetteer: string[] }[];
}

/** The demo street's road names, from the reference file the desk seeds. */
export function demoRoads(): string[] {
  const data = JSON.parse(readFileSync('libs/reference/data/taoranting.json', 'utf8')) as Gazetteer;
  return data.communities.flatMap((c) => c.gazetteer);
}

/** The sample export's complaints without their addresses: what callers say, and the category it was filed under. */
function sampleComplaints(): { content: string; category: string }[] {
  const rows = [...csvRows(readFileSync('test/fixtures/upstream-export-sample.csv', 'utf8').replace(/^\uFEFF/, ''))];
  const [header, ...data] = rows;
  const col = (name: string) => header!.indexOf(name);
  return data
    .filter((r) => r[col('诉求内容')] && r[col('三级分类')])
    .map((r) => ({
      content: r[col('诉求内容')]!.split(r[col('诉求地址')]!).join('').replace(/^[，,。\s]+/, ''),
      category: [r[col('一级分类')], r[col('二级分类')], r[col('三级分类')]].join('/'),
    }));
}

/**
 * Manual-intake bodies spread like a street's calls: a road of the street, a house and building number, one of the
 * sample's complaints, each caller with a phone of their own. Deterministic by index, so two runs send the same.
 */
export function intakeBodies(count: number, phonePrefix: string, at: () => Date): (i: number) => Record<string, unknown> {
  const roads = demoRoads();
  const complaints = sampleComplaints();
  return (i) => {
    const road = roads[(i * 7) % roads.length]!;
    const address = `${road}${1 + ((i * 13) % 80)}号院${1 + (i % 9)}号楼`;
    const complaint = complaints[(i * 11) % complaints.length]!;
    const receivedAt = at();
    return {
      channel: 'hotline',
      receivedAt: receivedAt.toISOString(),
      citizenName: '陈某某',
      citizenPhone: `${phonePrefix}${String(i % 10 ** (11 - phonePrefix.length)).padStart(11 - phonePrefix.length, '0')}`,
      address,
      type: 'complaint',
      urgency: 'normal',
      category: complaint.category,
      content: `${address}${complaint.content}`,
      upstreamDueAt: new Date(receivedAt.getTime() + 7 * 86_400_000).toISOString(),
    };
  };
}
