import { describe, expect, test } from 'vitest';
import { CHILDREN_HREF, childHref, parseHash } from './router.ts';

describe('records routes in the hash', () => {
  test('each screen has an address that reads back as the same screen', () => {
    expect(parseHash('')).toEqual({ screen: 'children' });
    expect(parseHash(CHILDREN_HREF)).toEqual({ screen: 'children' });
    expect(parseHash(childHref('child-leo-hartley'))).toEqual({
      screen: 'summary',
      childId: 'child-leo-hartley',
    });
    expect(parseHash(childHref('a/b c', 'documents'))).toEqual({ screen: 'documents', childId: 'a/b c' });
    expect(parseHash(childHref('x', 'case-notes'))).toEqual({ screen: 'case-notes', childId: 'x' });
    expect(parseHash(childHref('x', 'group'))).toEqual({ screen: 'group', childId: 'x' });
  });

  test('anything else is an unknown page, not a guess', () => {
    expect(parseHash('#/children/x/letters')).toEqual({ screen: 'unknown' });
    expect(parseHash('#/staff')).toEqual({ screen: 'unknown' });
    expect(parseHash('#/children/%E0%A4%A')).toEqual({ screen: 'unknown' });
  });
});
