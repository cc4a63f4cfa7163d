import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

const CWD = '/srv/hearth';

function problems(env: Record<string, string | undefined>): string {
  const result = loadConfig(env, CWD);
  if (result.ok) throw new Error('expected the configuration to be refused');
  expect(result.error).toBe('invalid-config');
  return result.message;
}

describe('gateway configuration from environment variables', () => {
  it('uses safe defaults: loopback only, port 8787, the Electron app as the only other origin', () => {
    const result = loadConfig({}, CWD);
    expect(result).toEqual({
      ok: true,
      value: {
        port: 8787,
        host: '127.0.0.1',
        dataDir: path.join(CWD, '.hearth-data'),
        webRoot: path.join(CWD, 'out/web'),
        allowedOrigins: ['app://hearth'],
        smtp: null,
        demoSeed: false,
        logLevel: 'info',
        offlineDays: 7,
        councilApiToken: null,
        // Issue 7: only computers a manager enrolled may sign in, unless asked otherwise.
        deviceEnrolment: 'required',
        reg40CouncilEvents: [],
      },
    });
  });

  it('reads every variable', () => {
    const result = loadConfig(
      {
        HEARTH_PORT: '0',
        HEARTH_HOST: '0.0.0.0',
        HEARTH_DATA_DIR: '/var/lib/hearth',
        HEARTH_WEB_ROOT: 'web',
        HEARTH_ALLOWED_ORIGINS: 'app://hearth, https://hearth.council.example/ ,http://[::1]:5173',
        HEARTH_SMTP_HOST: 'smtp.council.example',
        HEARTH_SMTP_SECURE: 'TRUE',
        HEARTH_SMTP_USER: 'hearth',
        HEARTH_SMTP_PASS: 's3cret',
        HEARTH_SMTP_FROM: 'Hearth <hearth@council.example>',
        HEARTH_DEMO_SEED: 'true',
        HEARTH_LOG_LEVEL: 'debug',
        HEARTH_OFFLINE_DAYS: '14',
        HEARTH_COUNCIL_API_TOKEN: 'c0uncil-token_0123456789abcdef0123456789',
        HEARTH_DEVICE_ENROLMENT: 'required',
      },
      CWD,
    );
    expect(result.ok && result.value).toEqual({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/var/lib/hearth',
      webRoot: path.join(CWD, 'web'),
      allowedOrigins: ['app://hearth', 'https://hearth.council.example', 'http://[::1]:5173'],
      smtp: {
        host: 'smtp.council.example',
        port: 465,
        secure: true,
        auth: { user: 'hearth', pass: 's3cret' },
        from: 'Hearth <hearth@council.example>',
      },
      demoSeed: true,
      logLevel: 'debug',
      offlineDays: 14,
      councilApiToken: 'c0uncil-token_0123456789abcdef0123456789',
      deviceEnrolment: 'required',
      reg40CouncilEvents: [],
    });
  });

  it('issue 7: device enrolment is required, open only by default with the fictional demo data', () => {
    const value = (env: Record<string, string>) => {
      const result = loadConfig(env, CWD);
      return result.ok ? result.value.deviceEnrolment : result.message;
    };
    expect(value({})).toBe('required');
    expect(value({ HEARTH_DEMO_SEED: 'true' })).toBe('open');
    expect(value({ HEARTH_DEMO_SEED: 'true', HEARTH_DEVICE_ENROLMENT: 'required' })).toBe('required');
    expect(value({ HEARTH_DEVICE_ENROLMENT: 'sometimes' })).toContain(
      'HEARTH_DEVICE_ENROLMENT must be required or open',
    );
  });

  it('issue 3: HEARTH_OFFLINE_DAYS takes 1 to 30 days', () => {
    for (const days of [1, 30]) {
      const result = loadConfig({ HEARTH_OFFLINE_DAYS: String(days) }, CWD);
      expect(result.ok && result.value.offlineDays).toBe(days);
    }
  });

  it('issue 4: HEARTH_COUNCIL_API_TOKEN must be long enough not to be guessed, and is never echoed', () => {
    const short = 'tooshort-123';
    const message = problems({ HEARTH_COUNCIL_API_TOKEN: short });
    expect(message).toContain('HEARTH_COUNCIL_API_TOKEN must be 32 to 200 letters, digits');
    expect(message).not.toContain(short);
    expect(problems({ HEARTH_COUNCIL_API_TOKEN: `${'a'.repeat(32)} b` })).toContain(
      'HEARTH_COUNCIL_API_TOKEN',
    );
  });

  it('treats blank variables as unset', () => {
    const result = loadConfig({ HEARTH_PORT: '', HEARTH_ALLOWED_ORIGINS: '  ' }, CWD);
    expect(result.ok && result.value.port).toBe(8787);
    expect(result.ok && result.value.allowedOrigins).toEqual(['app://hearth']);
  });

  it.each([
    ['HEARTH_PORT', 'abc', 'HEARTH_PORT must be a whole number from 0 to 65535 (got "abc")'],
    ['HEARTH_PORT', '65536', 'HEARTH_PORT must be a whole number from 0 to 65535 (got "65536")'],
    ['HEARTH_PORT', '-1', 'HEARTH_PORT must be a whole number from 0 to 65535 (got "-1")'],
    ['HEARTH_PORT', '80.5', 'HEARTH_PORT must be a whole number from 0 to 65535 (got "80.5")'],
    [
      'HEARTH_HOST',
      'local host',
      'HEARTH_HOST must be an IP address or host name such as 127.0.0.1 (got "local host")',
    ],
    ['HEARTH_HOST', 'http://127.0.0.1', 'HEARTH_HOST must be an IP address or host name'],
    ['HEARTH_ALLOWED_ORIGINS', 'https://x.example/app', '(got "https://x.example/app")'],
    ['HEARTH_ALLOWED_ORIGINS', '*', 'HEARTH_ALLOWED_ORIGINS must be a comma-separated list of bare origins'],
    ['HEARTH_ALLOWED_ORIGINS', 'hearth.example', '(got "hearth.example")'],
    ['HEARTH_DEMO_SEED', 'yes', 'HEARTH_DEMO_SEED must be true or false (got "yes")'],
    ['HEARTH_DEMO_SEED', 'constructor', 'HEARTH_DEMO_SEED must be true or false (got "constructor")'],
    [
      'HEARTH_LOG_LEVEL',
      'loud',
      'HEARTH_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    ],
    // Issue 3: offline unlock for a configurable period, default 7 days; beyond 30 a leaver's device keeps opening.
    ['HEARTH_OFFLINE_DAYS', '0', 'HEARTH_OFFLINE_DAYS must be a whole number of days from 1 to 30 (got "0")'],
    [
      'HEARTH_OFFLINE_DAYS',
      '31',
      'HEARTH_OFFLINE_DAYS must be a whole number of days from 1 to 30 (got "31")',
    ],
    ['HEARTH_OFFLINE_DAYS', '7.5', '(got "7.5")'],
    ['HEARTH_OFFLINE_DAYS', 'a week', '(got "a week")'],
  ])('names %s and its bad value %j', (name, value, message) => {
    expect(problems({ [name]: value })).toContain(message);
  });

  it('names every bad variable in one message', () => {
    const message = problems({ HEARTH_PORT: 'abc', HEARTH_HOST: 'bad host', HEARTH_DEMO_SEED: 'maybe' });
    expect(message).toBe(
      [
        'Hearth gateway configuration is invalid:',
        '  - HEARTH_PORT must be a whole number from 0 to 65535 (got "abc")',
        '  - HEARTH_HOST must be an IP address or host name such as 127.0.0.1 (got "bad host")',
        '  - HEARTH_DEMO_SEED must be true or false (got "maybe")',
      ].join('\n'),
    );
  });

  describe('SMTP for social-worker notifications (001: every upload notifies the social worker)', () => {
    const smtp = { HEARTH_SMTP_HOST: 'smtp.council.example', HEARTH_SMTP_FROM: 'hearth@council.example' };

    it('is optional, and uses port 587 with STARTTLS when not secure', () => {
      const result = loadConfig(smtp, CWD);
      expect(result.ok && result.value.smtp).toEqual({
        host: 'smtp.council.example',
        port: 587,
        secure: false,
        auth: null,
        from: 'hearth@council.example',
      });
    });

    it.each([
      [{ HEARTH_SMTP_PORT: '0' }, 'HEARTH_SMTP_PORT must be a whole number from 1 to 65535 (got "0")'],
      [{ HEARTH_SMTP_SECURE: 'on' }, 'HEARTH_SMTP_SECURE must be true or false (got "on")'],
      [{ HEARTH_SMTP_FROM: 'not an address' }, 'HEARTH_SMTP_FROM must be an email address'],
      [{ HEARTH_SMTP_USER: 'hearth' }, 'HEARTH_SMTP_USER and HEARTH_SMTP_PASS must be set together'],
      [
        { HEARTH_SMTP_HOST: 'smtp host' },
        'HEARTH_SMTP_HOST must be a host name or IP address (got "smtp host")',
      ],
    ])('refuses %j', (bad, message) => {
      expect(problems({ ...smtp, ...bad })).toContain(message);
    });

    it('requires a From address once a host is set', () => {
      expect(problems({ HEARTH_SMTP_HOST: 'smtp.council.example' })).toContain(
        'HEARTH_SMTP_FROM is required when HEARTH_SMTP_HOST is set',
      );
    });

    it('names SMTP settings given without a host, which would otherwise be silently ignored', () => {
      expect(problems({ HEARTH_SMTP_USER: 'hearth', HEARTH_SMTP_PASS: 'x' })).toContain(
        '  - HEARTH_SMTP_USER is set but HEARTH_SMTP_HOST is not\n  - HEARTH_SMTP_PASS is set but HEARTH_SMTP_HOST is not',
      );
    });

    it('never repeats the SMTP password in a message', () => {
      const message = problems({ HEARTH_SMTP_PASS: 'correct-horse-battery', HEARTH_PORT: 'x' });
      expect(message).not.toContain('correct-horse-battery');
    });
  });
});
