import { describe, expect, it } from 'vitest';
import { parseBidMatrix, singleRoleInstance } from './bid-matrix.ts';

describe('parseBidMatrix', () => {
  it('reads the header and one line per paper, tolerating extra spaces and a trailing newline', () => {
    const matrix = parseBidMatrix('2 3\n1 0.25  0\n0.5 1 0.75\n\n');
    expect(matrix).toMatchObject({ papers: 2, reviewers: 3 });
    expect([...matrix.values]).toEqual([1, 0.25, 0, 0.5, 1, 0.75]);
    const instance = singleRoleInstance(matrix, 2, 1);
    expect(instance.edgeStart[2]).toBe(6);
    expect([...instance.bidRoleDemand]).toEqual([2, 2]);
  });

  it.each([
    ['', /line 1: empty input/],
    ['2\n1 2\n', /line 1: expected "P R"/],
    ['2 2\n1 1\n', /line 3: the file ends after 1 paper line\(s\); the header announced 2/],
    ['1 2\n1 1\n1 1\n', /line 3: more lines than the 1 paper line/],
    ['2 2\n1 1\n1\n', /line 3: expected 2 numbers, found 1/],
    ['2 2\n1 1\n1 abc\n', /line 3: value 2 "abc" is not a number/],
  ])('names the line of a malformed input (%j)', (text, message) => {
    expect(() => parseBidMatrix(text)).toThrow(message);
  });
});
