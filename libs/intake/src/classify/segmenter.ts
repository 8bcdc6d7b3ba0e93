import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * Chinese word segmentation (jieba) with the street's own words added: place names from the gazetteer, category
 * names and rule keywords. Without them 黑窑厂街 or 占道停放 fall apart into pieces no rule can match.
 */
export class ChineseSegmenter {
  private constructor(private readonly jieba: Jieba) {}

  static withWords(words: Iterable<string>): ChineseSegmenter {
    const jieba = Jieba.withDict(dict);
    const unique = [...new Set([...words].map((w) => w.trim()).filter((w) => w && !/\s/.test(w)))];
    // A high frequency makes the user's word win over the general dictionary's split.
    if (unique.length) jieba.loadDict(Buffer.from(unique.map((w) => `${w} 200000 n`).join('\n'), 'utf8'));
    return new ChineseSegmenter(jieba);
  }

  /**
   * Words and, for long words, the dictionary words inside them (search mode): 噪音扰民 also yields 噪音 and 扰民,
   * so a keyword is found inside a compound, while a single character (吵) is still never cut out of 吵架.
   */
  cut(text: string): string[] {
    return this.jieba.cutForSearch(text.normalize('NFKC'), false).filter((w) => w.trim() !== '');
  }

  /**
   * The words jieba tags as a person's name (nr): 王建国, 刘女士. Keyword statistics leave them out, so a caller who
   * writes their name into several orders never becomes a "hot word" on a leader's page.
   */
  personNames(text: string): string[] {
    return this.jieba
      .tag(text.normalize('NFKC'), true)
      .filter((t) => t.tag === 'nr')
      .map((t) => t.word);
  }
}
