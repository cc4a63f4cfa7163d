import { describe, expect, it, vi } from 'vitest';
import { openExternalUrl } from './external-links.ts';

const allowList = ['www.gov.uk', 'www.legislation.gov.uk'];

describe('openExternalUrl (issue 2: shell.openExternal only for allow-listed https URLs)', () => {
  it.each([
    'https://www.gov.uk/government/publications/childrens-homes-regulations',
    'https://www.legislation.gov.uk/uksi/2015/541',
    'https://WWW.GOV.UK/guidance',
  ])('opens %s', async (url) => {
    const open = vi.fn();
    expect(await openExternalUrl(url, allowList, open)).toBe(true);
    expect(open).toHaveBeenCalledWith(new URL(url).href);
  });

  it.each([
    ['a file on disk', 'file:///etc/passwd'],
    ['a Windows share', 'file://server/share/payload.exe'],
    ['script', 'javascript:alert(document.cookie)'],
    ['the Follina handler', 'ms-msdt:/id PCWDiagnostic /skip force'],
    ['a custom handler', 'hearth-evil://run'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['plain http', 'http://www.gov.uk/guidance'],
    ['credentials', 'https://user:pass@www.gov.uk/'],
    ['an allowed name as the user part', 'https://www.gov.uk@evil.example/'],
    ['an allowed name as a prefix', 'https://www.gov.uk.evil.example/'],
    ['an allowed name as a suffix', 'https://evilwww.gov.uk/'],
    ['a parent domain', 'https://gov.uk/'],
    ['a sub-domain', 'https://x.www.gov.uk/'],
    ['a Cyrillic lookalike', 'https://www.g\u043ev.uk/'],
    ['a trailing dot', 'https://www.gov.uk./'],
    ['another port', 'https://www.gov.uk:8443/'],
    ['an IP address', 'https://192.0.2.1/'],
    ['a relative path', '/guidance'],
    ['an over-long URL', `https://www.gov.uk/${'a'.repeat(3000)}`],
  ])('never opens %s', async (_what, url) => {
    const open = vi.fn();
    expect(await openExternalUrl(url, allowList, open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it.each([undefined, null, 42, { href: 'https://www.gov.uk/' }, ['https://www.gov.uk/']])(
    'never opens a value that is not a string (%o)',
    async (value) => {
      const open = vi.fn();
      expect(await openExternalUrl(value, allowList, open)).toBe(false);
      expect(open).not.toHaveBeenCalled();
    },
  );

  it('opens nothing when the allow-list is empty', async () => {
    const open = vi.fn();
    expect(await openExternalUrl('https://www.gov.uk/', [], open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('reports false, without throwing, when the OS cannot open it', async () => {
    const open = vi.fn(async () => {
      throw new Error('no browser');
    });
    expect(await openExternalUrl('https://www.gov.uk/', allowList, open)).toBe(false);
  });
});
