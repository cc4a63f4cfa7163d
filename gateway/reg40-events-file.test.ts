// The council's own Regulation 40 events come from the gateway's configuration and reach the app
// with the session (DOMAIN.md "Regulation 40 notifications": "Keep the event → recipients mapping
// as data with its source, so a council can correct it without a code change").
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OfflineGrantPayload, StaffProfile } from '../shared/api/session.ts';
import { loadConfig } from './config.ts';
import { startGateway } from './server.ts';
import { call, signIn } from './testing/client.ts';
import { tempFolder } from './testing/temp.ts';

const temp = tempFolder('reg40-events');
afterAll(() => temp.remove());

const SELF_HARM = {
  id: 'council-serious-self-harm',
  label: 'A serious incident of self-harm',
  source: 'Council policy CH-12, 2026',
  recipients: [
    { recipient: 'hmci', paragraph: 'Council policy CH-12' },
    { recipient: 'placing-authority', paragraph: 'Council policy CH-12' },
  ],
};

function eventsFile(name: string, content: unknown): string {
  const file = path.join(temp.dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const refusal = (file: string) => {
  const result = loadConfig({ HEARTH_REG40_EVENTS_FILE: file }, temp.dir);
  if (result.ok) throw new Error('expected the configuration to be refused');
  return result.message;
};

describe('HEARTH_REG40_EVENTS_FILE', () => {
  it('unset: only the built-in list (none), so the statutory events alone apply', () => {
    const result = loadConfig({}, temp.dir);
    expect(result.ok && result.value.reg40CouncilEvents).toEqual([]);
  });

  it('reads the council’s events from the file, a relative path from the folder the gateway starts in', () => {
    eventsFile('events.json', [SELF_HARM]);
    const result = loadConfig({ HEARTH_REG40_EVENTS_FILE: 'events.json' }, temp.dir);
    expect(result.ok && result.value.reg40CouncilEvents).toEqual([
      {
        ...SELF_HARM,
        recipients: SELF_HARM.recipients.map((r) => ({ ...r, when: 'always' })),
      },
    ]);
  });

  it('refuses a bad file with a message naming the file and the field', () => {
    const badRecipient = eventsFile('bad-recipient.json', [
      { ...SELF_HARM, recipients: [{ recipient: 'the-press', paragraph: 'x' }] },
    ]);
    expect(refusal(badRecipient)).toMatch(
      new RegExp(`HEARTH_REG40_EVENTS_FILE \\(${badRecipient}\\): .*0\\.recipients\\.0\\.recipient: `),
    );
    const statutoryId = eventsFile('statutory-id.json', [{ ...SELF_HARM, id: 'child-death' }]);
    expect(refusal(statutoryId)).toContain("0.id: a council's own event id must start with 'council-'");
    const twice = eventsFile('twice.json', [SELF_HARM, SELF_HARM]);
    expect(refusal(twice)).toContain(`(${twice}): The event id "council-serious-self-harm" is used twice.`);
    const notJson = eventsFile('not-json.json', '[{ "id": ');
    expect(refusal(notJson)).toContain(`(${notJson}): the file is not JSON`);
    const missing = path.join(temp.dir, 'missing.json');
    expect(refusal(missing)).toContain(
      `HEARTH_REG40_EVENTS_FILE (${missing}): the file cannot be read (ENOENT)`,
    );
  });

  it('a bad file stops `node gateway/main.ts` with code 2 and the message', async () => {
    const bad = eventsFile('stop.json', [{ ...SELF_HARM, recipients: [] }]);
    const child = spawn(process.execPath, [new URL('./main.ts', import.meta.url).pathname], {
      env: {
        PATH: process.env['PATH'] ?? '',
        HEARTH_PORT: '0',
        HEARTH_DATA_DIR: temp.dir,
        HEARTH_REG40_EVENTS_FILE: bad,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain(`HEARTH_REG40_EVENTS_FILE (${bad}): `);
    expect(stderr).toContain('0.recipients');
  });

  it('the configured events reach the app with the session, the offline grant and "who am I"', async () => {
    const file = eventsFile('served.json', [SELF_HARM]);
    const config = loadConfig(
      {
        HEARTH_PORT: '0',
        HEARTH_DATA_DIR: path.join(temp.dir, 'data'),
        HEARTH_WEB_ROOT: path.join(temp.dir, 'web'),
        HEARTH_DEMO_SEED: 'true',
        HEARTH_LOG_LEVEL: 'silent',
        HEARTH_REG40_EVENTS_FILE: file,
      },
      temp.dir,
    );
    if (!config.ok) throw new Error(config.message);
    const gateway = await startGateway(config.value);
    try {
      const signedIn = await signIn(gateway.url, 'priya.shah');
      const ids = (profile: StaffProfile) => profile.council?.reg40Events.map((e) => e.id);
      expect(ids(signedIn.staff)).toEqual(['council-serious-self-harm']);
      expect(signedIn.staff.council?.reg40Events[0]?.source).toBe('Council policy CH-12, 2026');
      // Signed into the grant, so a form written offline offers it too.
      expect(ids(OfflineGrantPayload.parse(JSON.parse(signedIn.offlineGrant.payload)).profile)).toEqual([
        'council-serious-self-harm',
      ]);
      const me = await call(gateway.url, 'GET', '/api/v1/me', { token: signedIn.tokens.accessToken });
      expect(ids(StaffProfile.parse(me.body))).toEqual(['council-serious-self-harm']);
    } finally {
      await gateway.close();
    }
    // The demo seed (thousands of fictional case notes) takes a while on a busy machine.
  }, 90_000);
});
