/**
 * The home's shared-drive file-name pattern (guidance 001 "saved onto the shared drive following the
 * home's recording policy"; issue 6): checked when set, and values made safe, because the share is a
 * Windows server. Each refusal below is a name Windows would reject or a path that leaves the folder.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILE_NAME_PATTERN,
  EXAMPLE_VALUES,
  MAX_NAME,
  MAX_RELATIVE_PATH,
  examplePath,
  patternProblems,
  renderPattern,
  sanitiseValue,
  type PatternValues,
} from './file-name-pattern.ts';

const values = (over: Partial<PatternValues> = {}): PatternValues => ({ ...EXAMPLE_VALUES, ...over });
const render = (pattern: string, over: Partial<PatternValues> = {}) => {
  const result = renderPattern(pattern, values(over));
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('checking a pattern when the home sets it', () => {
  it('accepts the example pattern from the issue and shows what it makes', () => {
    expect(patternProblems(DEFAULT_FILE_NAME_PATTERN)).toEqual([]);
    expect(examplePath(DEFAULT_FILE_NAME_PATTERN)).toBe(
      'Smith, Alex (1234567)/Child Looked After Care Plan/2026-10-31 Alex Smith - Child Looked After Care Plan - 31-10-2026.pdf',
    );
  });

  it.each([
    ['{surname}/{nickname}.pdf', '{nickname} is not a placeholder'],
    ['{Surname}.pdf', '{Surname} is not a placeholder'],
    ['{title.pdf', 'without its "}"'],
    ['title}.pdf', 'without its "{"'],
  ])('refuses unknown or broken placeholders: %j', (pattern, words) => {
    expect(patternProblems(pattern).join(' ')).toContain(words);
  });

  it.each([
    ['../{title}.pdf'],
    ['{surname}/../../Windows/{title}.pdf'],
    ['./{title}.pdf'],
    ['/{title}.pdf'],
    ['\\\\server\\share\\{title}.pdf'],
    ['C:/Users/{title}.pdf'],
    ['c:{title}.pdf'],
  ])('refuses a path that leaves the shared-drive folder: %j', (pattern) => {
    expect(patternProblems(pattern)).not.toEqual([]);
    expect(examplePath(pattern)).toBeNull();
  });

  it.each(['<', '>', ':', '"', '|', '?', '*'])('refuses the character Windows forbids: %s', (c) => {
    expect(patternProblems(`Plans${c}/{title}.pdf`).join(' ')).toContain(`not allow in names: ${c}`);
  });

  it('refuses control characters, backslashes, empty folders, trailing dots and spaces', () => {
    expect(patternProblems('Plans\u0007/{title}.pdf').join(' ')).toContain('a control character');
    expect(patternProblems('Plans\\{title}.pdf').join(' ')).toContain('Use "/"');
    expect(patternProblems('Plans//{title}.pdf').join(' ')).toContain('empty');
    expect(patternProblems('Plans./{title}.pdf').join(' ')).toContain('ends with a dot or a space');
    expect(patternProblems('Plans /{title}.pdf').join(' ')).toContain('ends with a dot or a space');
  });

  it.each(['CON', 'prn', 'Aux', 'NUL', 'COM1', 'com9', 'LPT1', 'lpt9', 'nul.pdf'])(
    'refuses the Windows device name %j as a folder or file',
    (name) => {
      expect(patternProblems(`${name}/{title}.pdf`).join(' ')).toContain('keeps for a device');
    },
  );

  it('refuses a pattern that is not a PDF name, or one with too much fixed text', () => {
    expect(patternProblems('{title}.docx').join(' ')).toContain('.pdf');
    expect(patternProblems(`${'x'.repeat(60)}/{title}.pdf`).join(' ')).toContain('too much fixed text');
  });
});

describe('values put into the pattern are made safe the same way', () => {
  it('turns forbidden characters and slashes into "-", so a value never makes a folder', () => {
    expect(sanitiseValue('Care plan: 31/10/2026 <draft>?')).toBe('Care plan- 31-10-2026 -draft--');
    expect(render('{title}.pdf', { title: '../../etc/passwd' })).toBe('-..-etc-passwd.pdf');
    expect(render('{surname}/{title}.pdf', { surname: '..' })).toBe(
      '_/Alex Smith - Child Looked After Care Plan - 31-10-2026.pdf',
    );
  });

  it('drops control characters and leading or trailing dots and spaces', () => {
    expect(sanitiseValue('  .hidden\u0000name. . ')).toBe('hiddenname');
    expect(sanitiseValue('tab\tand\nnew line')).toBe('tab and new line');
    expect(sanitiseValue('   ')).toBe('_');
  });

  it('keeps apostrophes, hyphens and accents in names', () => {
    expect(
      render('{surname}, {firstName}/{title}.pdf', { surname: "O'Neill-Zoë", firstName: 'Siân' }),
    ).toMatch(/^O'Neill-Zoë, Siân\//);
  });

  it('never makes a Windows device name from a value', () => {
    expect(render('{surname}.pdf', { surname: 'Con' })).toBe('_Con.pdf');
    expect(render('{surname}/{title}.pdf', { surname: 'AUX' })).toMatch(/^_AUX\//);
  });

  it('cuts long values so each name and the whole path stay within Windows limits', () => {
    const long = 'Very long title '.repeat(30);
    const path = render(DEFAULT_FILE_NAME_PATTERN, { title: long, documentType: 'Type '.repeat(40) });
    expect(path.length).toBeLessThanOrEqual(MAX_RELATIVE_PATH);
    for (const name of path.split('/')) {
      expect(name.length).toBeLessThanOrEqual(MAX_NAME);
      expect(name).not.toMatch(/[. ]$/);
    }
    expect(path.endsWith('.pdf')).toBe(true);
    expect(path.startsWith('Smith, Alex (1234567)/')).toBe(true);
  });

  it('refuses to render an invalid pattern rather than guess', () => {
    expect(renderPattern('../{title}.pdf', values()).ok).toBe(false);
  });
});
