import { parseDeadline } from '../../../src/core/deadline/parse';

describe('abbreviated months and quarters of quick tracking sheets', () => {
  it.each([
    ['T12/2026', { kind: 'month', text: 'T12/2026', start: '2026-12-01', due: '2026-12-31' }],
    ['t6/2026', { kind: 'month', text: 't6/2026', start: '2026-06-01', due: '2026-06-30' }],
    ['Q3/2026', { kind: 'quarter', text: 'Q3/2026', start: '2026-07-01', due: '2026-09-30' }],
    ['Q5/2026', { kind: 'unrecognized', text: 'Q5/2026' }],
    ['T13/2026', { kind: 'invalid', text: 'T13/2026', reason: 'month-out-of-range' }],
  ])('%j', (text, expected) => {
    expect(parseDeadline(text, undefined, { year: 2026 })).toEqual(expected);
  });
});
