// The council's sibling group API (issue 8; guidance 004 "Naming the Group" and "Who is included in
// the group?"; DOMAIN.md "Sibling groups"), against the real gateway over HTTP and its SQLite file:
// the council token, the 004 name checker's plain refusals, parents refused, one current group per
// child, and dated memberships (an end date in the future takes effect on that day).
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors.ts';
import { CouncilGroup, SuggestedGroupName } from '../../shared/api/groups.ts';
import { NOT_A_CHILD_MESSAGE } from '../../shared/domain/sibling-groups.ts';
import { openDatabase } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { checkGroupUpload } from '../uploads/group-check.ts';
import { metadataFor } from '../uploads/testing/tus-client.ts';
import { call, signIn, startSeededGateway, type SeededGateway } from '../testing/client.ts';
import { COUNCIL_GROUPS_OFF } from './group-admin.ts';

/** An item queued and sent on `day` (its group is judged as it was queued: uploads/queued-placement.ts). */
const queuedOn = (day: string) => ({
  now: new Date(`${day}T09:00:00.000Z`),
  queuedAt: `${day}T09:00:00.000Z`,
  offlineDays: 7,
});

const TOKEN = 'council-service-token-groups-0123456789abcdef0123456789';
let gw: SeededGateway;
let db: Kysely<Database>;

/** Fictional children named as 004's own examples, placed at Larchfield House for this file only. */
const EXAMPLES = [
  ['child-jennifer-woodgett', 'Jennifer', 'Woodgett', '2012-02-01'],
  ['child-brian-jones', 'Brian', 'Jones', '2010-05-05'],
  ['child-belinda-jones-smith', 'Belinda', 'Jones-Smith', '2013-08-08'],
  ['child-kwame-adebayo', 'Kwame', 'Adebayo', '2011-03-03'],
  ['child-oba-wright-adebayo', 'Oba', 'Wright-Adebayo', '2014-09-09'],
] as const;

beforeAll(async () => {
  gw = await startSeededGateway('group-admin', { councilApiToken: TOKEN });
  db = openDatabase(gw.dataDir);
  await db
    .insertInto('children')
    .values(
      EXAMPLES.map(([id, first, last, dob], i) => ({
        id,
        mosaic_id: `490000${i}`,
        first_name: first,
        last_name: last,
        date_of_birth: dob,
        legal_status: 'C2 Full care order',
        home_id: 'home-larchfield',
        placement_start: '2025-01-06',
        placement_end: null,
        social_worker_id: 'sw-nadia-rahman',
        team_id: 'team-cwcf-north',
        restricted: 0 as const,
        created_at: '2025-01-06T09:00:00.000Z',
      })),
    )
    .execute();
}, 60_000);

afterAll(async () => {
  await db?.destroy();
  await gw?.close();
});

const council = (method: string, path: string, body?: unknown, token: string | undefined = TOKEN) =>
  call(gw.url, method, path, {
    ...(token === undefined ? {} : { token }),
    ...(body === undefined ? {} : { body }),
  });
const member = (childId: string, postcode = 'BN13 2PQ', startDate = '2026-11-25') => ({
  childId,
  startDate,
  mainAddress: '4 Heene Terrace, Worthing',
  postcode,
});
const refusal = (answer: { body: unknown }) => ApiError.parse(answer.body).message;
const create = (name: string | undefined, members: ReturnType<typeof member>[]) =>
  council('POST', '/api/v1/sibling-groups', { ...(name === undefined ? {} : { name }), members });

describe('the council token (as the council notification API)', () => {
  const routes: [string, string, unknown?][] = [
    ['GET', '/api/v1/sibling-groups/suggest-name?childIds=child-kofi-mensah'],
    ['POST', '/api/v1/sibling-groups', { members: [member('child-leo-hartley')] }],
    ['PATCH', '/api/v1/sibling-groups/group-mensah', { name: 'Mensah BN12 6RD' }],
    ['POST', '/api/v1/sibling-groups/group-mensah/members', member('child-leo-hartley')],
    ['POST', '/api/v1/sibling-groups/group-mensah/members/child-kofi-mensah/end', { endDate: '2026-12-01' }],
  ];

  it('refuses a missing or wrong token, and a staff member’s sign-in token, with 401 on every route', async () => {
    const priya = (await signIn(gw.url, 'priya.shah')).tokens.accessToken;
    for (const [method, path, body] of routes) {
      for (const token of [undefined, `${TOKEN}x`, priya]) {
        const answer = await call(gw.url, method, path, { ...(token ? { token } : {}), body });
        expect(answer.status, `${method} ${path}`).toBe(401);
      }
    }
    const group = await db
      .selectFrom('sibling_groups')
      .select('name')
      .where('id', '=', 'group-mensah')
      .executeTakeFirst();
    expect(group?.name).toBe('Mensah, Mensah-Clarke BN12 6RD');
  });

  it('with no council token configured the routes do not exist (404)', async () => {
    const off = await startSeededGateway('group-admin-off');
    try {
      for (const [method, path, body] of routes) {
        const answer = await call(off.url, method, path, { token: TOKEN, body });
        expect(answer).toMatchObject({ status: 404, body: { message: COUNCIL_GROUPS_OFF } });
      }
    } finally {
      await off.close();
    }
  }, 60_000);
});

describe('GET /api/v1/sibling-groups/suggest-name (004 "Naming the Group")', () => {
  const suggest = (query: string) => council('GET', `/api/v1/sibling-groups/suggest-name?${query}`);

  it('004: from the members’ recorded main addresses, surnames once each, the oldest child’s first', async () => {
    const answer = await suggest('childIds=child-ama-mensah-clarke,child-efua-mensah,child-kofi-mensah');
    expect(SuggestedGroupName.parse(answer.body)).toEqual({ name: 'Mensah, Mensah-Clarke BN12 6RD' });
  });

  it('004: with the postcodes given, normalised, both main addresses', async () => {
    const answer = await suggest(
      'childIds=child-oba-wright-adebayo,child-kwame-adebayo&postcodes=po191rq,bn13 2pq',
    );
    expect(SuggestedGroupName.parse(answer.body)).toEqual({
      name: 'Adebayo, Wright-Adebayo BN13 2PQ, PO19 1RQ',
    });
  });

  it('004: says why none can be made: no valid postcode; an unknown id or a parent is 404', async () => {
    const invalid = await suggest('childIds=child-leo-hartley&postcodes=BN99 ZZZ');
    expect(invalid.status).toBe(400);
    expect(refusal(invalid)).toContain('valid UK postcode');
    const parent = await suggest('childIds=child-kofi-mensah,parent-akosua-mensah');
    expect(parent.status).toBe(404);
    expect(refusal(parent)).toContain('Parents are never members');
  });
});

describe('POST /api/v1/sibling-groups: the name checked by the 004 checker, refused in its words', () => {
  it('004 "up to 64 characters": a 65-character name is refused, saying the limit and its length', async () => {
    const name = `Jones, Jones-Smith ${'A'.repeat(37)} BN13 2PQ`;
    expect(name).toHaveLength(65);
    const answer = await create(name, [member('child-brian-jones'), member('child-belinda-jones-smith')]);
    expect(answer.status).toBe(400);
    expect(refusal(answer)).toBe(
      'A group name can be at most 64 characters (this one has 65). Ask your line manager how to shorten it (004).',
    );
  });

  it('004: a comma before the postcode, and the younger child’s surname first, are refused', async () => {
    const pair = [member('child-brian-jones'), member('child-belinda-jones-smith')];
    const comma = await create('Jones, Jones-Smith, BN13 2PQ', pair);
    expect([comma.status, refusal(comma)]).toEqual([
      400,
      'Do not put a comma between the last surname and the first postcode (004).',
    ]);
    const order = await create('Jones-Smith, Jones BN13 2PQ', pair);
    expect([order.status, refusal(order)]).toEqual([
      400,
      "Put the oldest child's surname first: Jones (004).",
    ]);
    const none = await db
      .selectFrom('sibling_group_members')
      .select('id')
      .where('child_id', '=', 'child-brian-jones')
      .execute();
    expect(none).toEqual([]);
  });

  it.each([
    ['Woodgett BN13 2PQ', [member('child-jennifer-woodgett')]],
    ['Jones, Jones-Smith BN13 2PQ', [member('child-brian-jones'), member('child-belinda-jones-smith')]],
    [
      'Adebayo, Wright-Adebayo BN13 2PQ, PO19 1RQ',
      [member('child-kwame-adebayo'), member('child-oba-wright-adebayo', 'PO19 1RQ')],
    ],
  ])('004’s own example %j is accepted, with its dated members', async (name, members) => {
    const answer = await create(name, members);
    expect(answer.status).toBe(201);
    const group = CouncilGroup.parse(answer.body);
    expect(group.name).toBe(name);
    expect(group.members.map((m) => [m.childId, m.startDate, m.endDate]).sort()).toEqual(
      members.map((m) => [m.childId, '2026-11-25', null]).sort(),
    );
  });

  it('004: with no name given, the suggested name is used; the change is in the gateway’s audit chain', async () => {
    const answer = await create(undefined, [member('child-leo-hartley', 'bn12 6rd')]);
    const group = CouncilGroup.parse(answer.body);
    expect([answer.status, group.name]).toEqual([201, 'Hartley BN12 6RD']);
    const events = await db
      .selectFrom('audit_events')
      .select(['action', 'detail', 'staff_id', 'source'])
      .where('action', 'in', ['group-created', 'group-member-added'])
      .where('detail', 'like', `${group.id}:%`)
      .orderBy('seq')
      .execute();
    expect(events).toEqual([
      { action: 'group-created', detail: `${group.id}: Hartley BN12 6RD`, staff_id: null, source: 'gateway' },
      {
        action: 'group-member-added',
        detail: `${group.id}: child-leo-hartley from 2026-11-25`,
        staff_id: null,
        source: 'gateway',
      },
    ]);
  });
});

describe('members: children only, one current group each (004 "Who is included in the group?")', () => {
  const add = (groupId: string, body: unknown) =>
    council('POST', `/api/v1/sibling-groups/${groupId}/members`, body);

  it('004 "We do not include parents in a Group": a parent is refused and nothing is written', async () => {
    const answer = await add('group-mensah', member('parent-akosua-mensah'));
    expect([answer.status, refusal(answer)]).toEqual([400, NOT_A_CHILD_MESSAGE]);
    const rows = await db
      .selectFrom('sibling_group_members')
      .select('id')
      .where('child_id', '=', 'parent-akosua-mensah')
      .execute();
    expect(rows).toEqual([]);
  });

  it('004 "Children will only be a part of one Group": a child in a current group is refused (409)', async () => {
    const answer = await add('group-mensah', member('child-leo-hartley'));
    expect(answer.status).toBe(409);
    expect(refusal(answer)).toContain('already a member of another group');
    const again = await add('group-mensah', member('child-kofi-mensah'));
    expect([again.status, refusal(again)]).toEqual([409, 'This child is already a member of this group.']);
    const inCreate = await create(undefined, [member('child-ruby-ashworth'), member('child-kofi-mensah')]);
    expect(inCreate.status).toBe(409);
    // The whole group was refused: Ruby did not join a group of one.
    const ruby = await db
      .selectFrom('sibling_group_members')
      .select('id')
      .where('child_id', '=', 'child-ruby-ashworth')
      .execute();
    expect(ruby).toEqual([]);
  });

  it('an unknown group is 404', async () => {
    expect((await add('group-nobody', member('child-ruby-ashworth'))).status).toBe(404);
  });
});

describe('PATCH /api/v1/sibling-groups/{groupId}: renamed only to a 004 name of its members', () => {
  const rename = (groupId: string, name: string) =>
    council('PATCH', `/api/v1/sibling-groups/${groupId}`, { name });

  it('refuses a name without a member’s surname, and one over 64 characters, in the checker’s words', async () => {
    const missing = await rename('group-mensah', 'Mensah BN12 6RD');
    expect([missing.status, refusal(missing)]).toEqual([
      400,
      'The surnames must be those of the members: Mensah, Mensah-Clarke (004).',
    ]);
    const long = await rename('group-mensah', `Mensah, Mensah-Clarke ${'B'.repeat(40)} BN12 6RD`);
    expect(long.status).toBe(400);
    expect(refusal(long)).toContain('at most 64 characters');
    expect((await rename('group-nobody', 'Mensah BN12 6RD')).status).toBe(404);
  });

  it('accepts a checked name, and the group’s members read it', async () => {
    const answer = await rename('group-mensah', 'Mensah, Mensah-Clarke BN12 6RD');
    expect(CouncilGroup.parse(answer.body).name).toBe('Mensah, Mensah-Clarke BN12 6RD');
    const events = await db
      .selectFrom('audit_events')
      .select('detail')
      .where('action', '=', 'group-renamed')
      .execute();
    expect(events).toEqual([{ detail: 'group-mensah: Mensah, Mensah-Clarke BN12 6RD' }]);
  });
});

describe('ending a membership on a future date (dated memberships, the one source of truth)', () => {
  const end = (childId: string, endDate: string) =>
    council('POST', `/api/v1/sibling-groups/group-mensah/members/${childId}/end`, { endDate });
  const siblingsOfKofi = async () => {
    const sam = (await signIn(gw.url, 'sam.fletcher')).tokens.accessToken;
    const kofi = (await call(gw.url, 'GET', '/api/v1/children/child-kofi-mensah', { token: sam })).body;
    const page = (await call(gw.url, 'GET', '/api/v1/children/child-kofi-mensah/group', { token: sam })).body;
    const efuaOwn = await call(gw.url, 'GET', '/api/v1/children/child-efua-mensah/group', { token: sam });
    return {
      offered: (kofi as { siblingGroup: { members: { id: string }[] } }).siblingGroup.members.map(
        (m) => m.id,
      ),
      onPage: (page as { members: { id: string }[] }).members.map((m) => m.id),
      efuaPage: efuaOwn.status,
    };
  };

  it('Efua stays a member until the end date, then is on neither the summary, the upload choice nor the page', async () => {
    const answer = await end('child-efua-mensah', '2026-12-10');
    expect(answer.status).toBe(200);
    const efua = CouncilGroup.parse(answer.body).members.find((m) => m.childId === 'child-efua-mensah');
    expect(efua?.endDate).toBe('2026-12-10');

    // Today (25 November) she is still a member: every reader agrees.
    expect(await siblingsOfKofi()).toEqual({
      offered: ['child-efua-mensah', 'child-ama-mensah-clarke'],
      onPage: ['child-kofi-mensah', 'child-efua-mensah', 'child-ama-mensah-clarke'],
      efuaPage: 200,
    });
    try {
      gw.time.set('2026-12-10T09:00:00.000Z');
      expect(await siblingsOfKofi()).toEqual({
        offered: ['child-ama-mensah-clarke'],
        onPage: ['child-kofi-mensah', 'child-ama-mensah-clarke'],
        efuaPage: 404,
      });
      // And the gateway refuses a group upload that still names her (uploads/group-check.ts).
      const kofiAndEfua = metadataFor(new Uint8Array([1]), 'child-kofi-mensah', {
        documentType: 'support-plan',
        title: 'Mensah, Mensah-Clarke BN12 6RD - Support Plan - 01/12/2026',
        completedOn: '2026-12-01',
        groupChildIds: 'child-kofi-mensah,child-efua-mensah',
      });
      expect(
        await checkGroupUpload(db, 'home-larchfield', queuedOn('2026-12-10'), kofiAndEfua),
      ).toMatchObject({
        status: 400,
        message: 'Efua Mensah is not in the same sibling group.',
      });
      expect(await checkGroupUpload(db, 'home-larchfield', queuedOn('2026-12-09'), kofiAndEfua)).toBeNull();
    } finally {
      gw.time.set('2026-11-25T10:00:00.000Z');
    }
    const events = await db
      .selectFrom('audit_events')
      .select('detail')
      .where('action', '=', 'group-membership-ended')
      .execute();
    expect(events).toEqual([{ detail: 'group-mensah: child-efua-mensah until 2026-12-10' }]);
  });

  it('nothing to end (already ended, or never a member) is 404', async () => {
    expect((await end('child-efua-mensah', '2026-12-20')).status).toBe(404);
    expect((await end('child-ruby-ashworth', '2026-12-20')).status).toBe(404);
  });
});
