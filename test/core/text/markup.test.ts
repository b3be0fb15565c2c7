import fc from 'fast-check';
import { findMarkup, stripMarkup } from '../../../src/core/text/markup';

describe('findMarkup', () => {
  it.each([
    ['<b>Sở Nội vụ</b>', '<b>'],
    ['Sở Nội vụ</p>', '</p>'],
    ['Dòng 1<br/>Dòng 2', '<br/>'],
    ['Dòng 1<br />Dòng 2', '<br />'],
    ['Dòng 1<BR>Dòng 2', '<BR>'],
    ['<ul><li>Một</li></ul>', '<ul>'],
    ['  <li>Một', '<li>'],
    ['<span style="color:red;font-weight:bold">Chú ý</span>', '<span style="color:red;font-weight:bold">'],
    ["<font face='Times New Roman' size=3>x</font>", "<font face='Times New Roman' size=3>"],
    ['<td colspan=2>Tổng</td>', '<td colspan=2>'],
    ['<a href="https://example.org/x">link</a>', '<a href="https://example.org/x">'],
    ['<h3>Mục tiêu</h3>', '<h3>'],
    ['<sup>2</sup>', '<sup>'],
    ['Ghi chú<o:p></o:p>', '<o:p>'],
    ['Sở&nbsp;Nội vụ', '&nbsp;'],
    ['Sở&nbsp Nội vụ', '&nbsp'],
    ['Kế hoạch &amp; Đầu tư', '&amp;'],
    ['Th&#7901;i gian', '&#7901;'],
    ['Th&#x1EDD;i gian', '&#x1EDD;'],
    ['Ho&agrave;n th&agrave;nh', '&agrave;'],
    ['Tỷ lệ &lt; 5%', '&lt;'],
  ])('finds markup in %j', (text, expected) => {
    expect(findMarkup(text)).toBe(expected);
  });

  it('returns the first occurrence', () => {
    expect(findMarkup('a &amp; <b>b</b>')).toBe('&amp;');
    expect(findMarkup('<i>a</i> &amp; b')).toBe('<i>');
  });

  it.each([
    'Tỷ lệ < 5%',
    '≥ 98%',
    'a<b',
    'a<b && c>d',
    'Điểm >= 80',
    '<= 30 ngày',
    'Sở A -> Sở B',
    'x < y > z',
    '0 <a và b> 5',
    '<b and c>',
    '<5 ngày>',
    '<bold>',
    '< b >',
    '<>',
    '<<>>',
    '<p',
    'Sở Kế hoạch & Đầu tư',
    'R&D',
    'AT&T',
    '&foo;',
    '&#;',
    '&#12345678;',
    '&nbspx',
    'Quý III/2026',
    '',
  ])('does not flag ordinary text %j', (text) => {
    expect(findMarkup(text)).toBeUndefined();
  });
});

describe('stripMarkup', () => {
  it.each([
    ['<b>Sở</b> Nội vụ', 'Sở Nội vụ'],
    ['Dòng 1<br>Dòng 2', 'Dòng 1\nDòng 2'],
    ['Dòng 1 <br/> Dòng 2', 'Dòng 1\nDòng 2'],
    ['<p>Một</p><p>Hai</p>', 'Một\nHai'],
    ['<ul><li>A</li><li>B</li></ul>', 'A\nB'],
    ['<div>A</div>B', 'A\nB'],
    ['<tr><td>A</td><td>B</td></tr>', 'A B'],
    ['<span style="font-weight:bold">X</span>', 'X'],
    ['Ghi chú<o:p></o:p>', 'Ghi chú'],
    ['Kế hoạch &amp; Đầu tư', 'Kế hoạch & Đầu tư'],
    ['Th&#7901;i gian', 'Thời gian'],
    ['Th&#x1edd;i gian', 'Thời gian'],
    ['Ho&agrave;n th&Agrave;nh', 'Hoàn thÀnh'],
    ['&Ecirc; &ocirc; &yacute;', 'Ê ô ý'],
    ['Sở&nbsp;Nội vụ', 'Sở\u00a0Nội vụ'],
    ['&lt;b&gt;', '<b>'],
    ['&ldquo;x&rdquo; &ndash; y&hellip;', '\u201cx\u201d \u2013 y\u2026'],
    ['a &#0; b &#xD800; c &#1114112;', 'a &#0; b &#xD800; c &#1114112;'],
    ['&#128512;', '\u{1F600}'],
  ])('strips %j', (text, expected) => {
    expect(stripMarkup(text)).toBe(expected);
  });

  it.each(['Tỷ lệ < 5%', 'Sở Kế hoạch & Đầu tư', '  giữ nguyên  ', 'a<b && c>d'])(
    'returns text without markup unchanged: %j',
    (text) => {
      expect(stripMarkup(text)).toBe(text);
    },
  );
});

describe('markup properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        findMarkup(s);
        stripMarkup(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on strings rich in markup characters', () => {
    const unit = fc.constantFrom('<', '>', '/', '&', ';', '#', 'x', 'b', 'r', 'p', 'li', ' ', '=', '"', "'", '1', 'nbsp', 'ờ');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        const found = findMarkup(s);
        if (found !== undefined) expect(s).toContain(found);
        if (found === undefined) expect(stripMarkup(s)).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('unwraps text wrapped in tags', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9ăâđêôơưàáạảãờởộ]{1,8}$/);
    const tag = fc.constantFrom('b', 'i', 'u', 'strong', 'em', 'span', 'font', 'sup', 'sub');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), tag, (words, t) => {
        const text = words.join(' ');
        expect(findMarkup(`<${t}>${text}</${t}>`)).toBe(`<${t}>`);
        expect(stripMarkup(`<${t}>${text}</${t}>`)).toBe(text);
      }),
    );
  });
});
