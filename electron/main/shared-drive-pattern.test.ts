/**
 * The names the home's pattern makes (shared/domain/file-name-pattern.ts) are names the main process
 * will write (shared-drive.ts): the two checks agree, so a download is never refused at the last step
 * for a name Hearth itself chose, and never lands outside the folder (issue 6).
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILE_NAME_PATTERN,
  EXAMPLE_VALUES,
  renderPattern,
  type PatternValues,
} from '../../shared/domain/file-name-pattern.ts';
import { checkRelativePath } from './shared-drive.ts';

const hostile: Partial<PatternValues>[] = [
  { surname: '..', firstName: '.', title: '../../Windows/System32/evil' },
  { surname: 'CON', firstName: 'AUX', documentType: 'NUL', title: 'LPT1' },
  { surname: 'O<Neill>', firstName: 'A:B|C?', title: 'Plan * "final" \\ draft' },
  { surname: ' trailing. ', firstName: '...', title: 'ends with dots...' },
  { surname: 'Tab\tNew\nLine', firstName: '\u0000\u001f', title: '\u007f' },
  { title: 'A very long title '.repeat(40), documentType: 'Type '.repeat(60) },
  { surname: 'Zoë', firstName: 'Siân', title: 'Ćwiczenia — plan' },
];

describe('patterns and the shared-drive guard agree', () => {
  it.each(hostile)('a name made from hostile values is written inside the folder: %j', (values) => {
    for (const pattern of [
      DEFAULT_FILE_NAME_PATTERN,
      '{surname}.pdf',
      '{mosaicNumber}/{title} ({dateDownloaded}).pdf',
    ]) {
      const rendered = renderPattern(pattern, { ...EXAMPLE_VALUES, ...values });
      if (!rendered.ok) throw new Error(rendered.message);
      expect(checkRelativePath(rendered.value), rendered.value).toMatchObject({ ok: true });
    }
  });
});
