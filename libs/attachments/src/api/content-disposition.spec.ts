import { describe, expect, it } from '@jest/globals';
import { contentDisposition } from './content-disposition.js';

describe('contentDisposition', () => {
  it('when the name is Chinese, then filename* carries it in UTF-8 and filename an ASCII stand-in', () => {
    expect(contentDisposition('现场照片.jpg')).toBe(`attachment; filename="____.jpg"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.jpg`);
  });

  it('when the name has quotes or apostrophes, then neither breaks the header', () => {
    expect(contentDisposition(`a"b'c.txt`)).toBe(`attachment; filename="a_b'c.txt"; filename*=UTF-8''a%22b%27c.txt`);
  });
});
