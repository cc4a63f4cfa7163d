// The browser's download name for a shared-drive path (guidance 001: downloads follow the home's
// recording policy, so the file keeps the name Hearth chose, made safe for every OS).
import { describe, expect, test } from 'vitest';
import { downloadName } from './browser-download.ts';

describe('downloadName', () => {
  test('keeps only the last path segment', () => {
    expect(downloadName('Alex Example/Care plans/Care plan - 31-10-2026.pdf')).toBe(
      'Care plan - 31-10-2026.pdf',
    );
    expect(downloadName('Alex Example\\Care plan.pdf')).toBe('Care plan.pdf');
  });

  test('replaces characters an OS refuses, and control characters', () => {
    expect(downloadName('Care plan: draft?.pdf')).toBe('Care plan_ draft_.pdf');
    expect(downloadName('a<b>c|d*e"f.pdf')).toBe('a_b_c_d_e_f.pdf');
    expect(downloadName('line\nbreak\u0007.pdf')).toBe('line_break_.pdf');
  });

  test('drops leading dots and trailing dots or spaces, and caps the length', () => {
    expect(downloadName('..hidden.pdf')).toBe('hidden.pdf');
    expect(downloadName('report.pdf. . ')).toBe('report.pdf');
    expect(downloadName(`${'x'.repeat(300)}.pdf`)?.length).toBe(200);
  });

  test('refuses names that are empty, dots only, or reserved on Windows', () => {
    for (const path of ['', 'folder/', 'Care plans/..', '.', 'CON', 'nul.txt', 'com1.pdf']) {
      expect(downloadName(path), path).toBeNull();
    }
  });
});
