import { parseOrdinal, type Ordinal } from '../../../src/core/table/numbering';

describe('parseOrdinal', () => {
  it.each<[string, Ordinal | null]>([
    ['1', { kind: 'arabic', parts: [1], path: '1', text: '1' }],
    ['1.2.', { kind: 'arabic', parts: [1, 2], path: '1.2', text: '1.2.' }],
    ['IV', { kind: 'roman', value: 4, text: 'IV' }],
    ['a)', { kind: 'letter', value: 1, text: 'a)' }],
    ['-', { kind: 'bullet', text: '-' }],
    // A part of the annex is numbered like a section.
    ['PHẦN I', { kind: 'roman', value: 1, text: 'PHẦN I' }],
    ['Phần ii', { kind: 'roman', value: 2, text: 'Phần ii' }],
    ['Mục III.', { kind: 'roman', value: 3, text: 'Mục III.' }],
    ['Phần 2', { kind: 'roman', value: 2, text: 'Phần 2' }],
    ['Phần a', null],
    ['Phần', null],
    ['Nhiệm vụ', null],
  ])('%j', (text, expected) => {
    expect(parseOrdinal(text)).toEqual(expected);
  });
});
