// The forms screens' addresses (issue 5): each form is reachable for one child, by ids only.
import { describe, expect, it } from 'vitest';
import { formsHref, parseFormsHash } from './routes.ts';

describe('forms routes', () => {
  it('reads the child and form from the address, and round-trips its own links', () => {
    expect(parseFormsHash('#/forms')).toEqual({ screen: 'forms', childId: null, formId: null });
    expect(parseFormsHash('#/forms/child-leo')).toEqual({
      screen: 'forms',
      childId: 'child-leo',
      formId: null,
    });
    expect(parseFormsHash(formsHref('child/ä', 'incident-missing'))).toEqual({
      screen: 'forms',
      childId: 'child/ä',
      formId: 'incident-missing',
    });
  });

  it('is not a forms address for other screens or malformed parts', () => {
    expect(parseFormsHash('#/upload')).toBeNull();
    expect(parseFormsHash('#/forms/a/b/c')).toBeNull();
    expect(parseFormsHash('#/forms/%E0%A4%A')).toBeNull();
  });
});
