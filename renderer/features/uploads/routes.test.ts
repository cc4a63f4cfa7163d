import { describe, expect, test } from 'vitest';
import { parseUploadsHash, queueHref, uploadHref } from './routes.ts';

describe('the upload screens’ addresses', () => {
  test('#/upload, #/upload/{childId} and #/queue, and nothing else', () => {
    expect(parseUploadsHash('#/upload')).toEqual({ screen: 'upload', childId: null });
    expect(parseUploadsHash(uploadHref('child-leo hartley'))).toEqual({
      screen: 'upload',
      childId: 'child-leo hartley',
    });
    expect(parseUploadsHash(queueHref())).toEqual({ screen: 'queue' });
    expect(parseUploadsHash('#/children')).toBeNull();
    expect(parseUploadsHash('#/upload/a/b')).toBeNull();
    expect(parseUploadsHash('#/upload/%E0%A4%A')).toBeNull();
  });
});
