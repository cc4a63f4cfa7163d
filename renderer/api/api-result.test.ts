// Screens branch on what went wrong (issue 3: training gates, restricted records, other homes'
// children answer 404), so each refusal of the gateway maps to one failure a screen handles.
import { describe, expect, test } from 'vitest';
import { failureFor } from './api-result.ts';

const said = (error: string, message: string) => ({ error, message });

describe('failureFor', () => {
  test("403s are told apart by the gateway's error code", () => {
    expect(failureFor(403, said('training-incomplete', 'Complete modules 1 and 2.'))).toEqual({
      ok: false,
      error: 'training-incomplete',
      message: 'Complete modules 1 and 2.',
    });
    expect(failureFor(403, said('restricted', 'Only basic details.'))).toMatchObject({ error: 'restricted' });
    expect(failureFor(403, said('forbidden', 'No.'))).toMatchObject({ error: 'forbidden' });
    expect(failureFor(403, undefined)).toMatchObject({ error: 'forbidden' });
  });

  test('401 is unauthorized, 404 not-found, anything else server with the status', () => {
    expect(failureFor(401, undefined)).toMatchObject({ error: 'unauthorized' });
    expect(failureFor(404, said('not-found', 'No such child in your home.'))).toEqual({
      ok: false,
      error: 'not-found',
      message: 'No such child in your home.',
    });
    expect(failureFor(500, undefined)).toMatchObject({
      error: 'server',
      message: expect.stringContaining('(500)'),
    });
  });
});
