// 001 hard copies: a form written in Hearth tells the gateway so, and the gateway then has no hard
// copy to track for it; an item queued without an origin is sent as before (a file).
import { describe, expect, it } from 'vitest';
import { uploadMetadata } from './upload-metadata.ts';

const sealed = {
  childId: 'child-leo-hartley',
  documentType: 'incident-missing' as const,
  title: 'Leo Hartley - Incident form: Missing - 24/11/2026',
  completedOn: '2026-11-24',
  fileName: 'incident.pdf',
  mimeType: 'application/pdf' as const,
  sha256: 'b'.repeat(64),
};
const outboxId = '5b0f3c1e-8d3e-4b5e-9a51-0c2f3d4e5f60';

describe('the tus metadata of an item', () => {
  it('001: carries origin "hearth-form" for a form written in Hearth', () => {
    expect(
      uploadMetadata(outboxId, '2026-11-25T09:00:00.000Z', { ...sealed, origin: 'hearth-form' }),
    ).toMatchObject({
      outboxId,
      origin: 'hearth-form',
    });
  });

  it('001: leaves origin out for a file, which the gateway reads as "file"', () => {
    const fields = uploadMetadata(outboxId, '2026-11-25T09:00:00.000Z', sealed);
    expect(fields).not.toBe(null);
    expect(fields && 'origin' in fields).toBe(false);
  });
});
