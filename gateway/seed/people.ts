/**
 * Demo homes, council teams, social workers and staff accounts. All fictional: names are made up,
 * emails use the reserved `.example` domain and phone numbers Ofcom's drama range (01632 960xxx),
 * so nothing in the demo can reach a real person. The README's account table and the tests read
 * DEMO_ACCOUNTS, so they always describe the accounts that exist.
 */
import { ROLE_LABELS, type Role } from '../../shared/domain/roles.ts';
import { accessFor, type AccessLevel } from '../../shared/domain/training.ts';

/** Every demo account signs in with this password (its scrypt hash is stored, never the text). */
export const DEMO_PASSWORD = 'hearth-demo-2026';

export const HOMES = [
  {
    id: 'home-larchfield',
    name: 'Larchfield House',
    ofsted_urn: 'SC900101',
    address: '14 Wren Lane, Sandmere',
    postcode: 'BN12 6RD',
  },
  {
    id: 'home-harbour-view',
    name: 'Harbour View',
    ofsted_urn: 'SC900102',
    address: '2 Quay Street, Westhaven',
    postcode: 'PO21 9ZQ',
  },
] as const;

export type HomeId = (typeof HOMES)[number]['id'];

export const TEAMS = [
  {
    id: 'team-cwcf-north',
    name: 'Children We Care For Team (North)',
    duty_inbox_email: 'cwcf.north.duty@council.example',
  },
  {
    id: 'team-cwcf-south',
    name: 'Children We Care For Team (South)',
    duty_inbox_email: 'cwcf.south.duty@council.example',
  },
  {
    id: 'team-leaving-care',
    name: 'Leaving Care Team',
    duty_inbox_email: 'leaving.care.duty@council.example',
  },
] as const;

export type TeamId = (typeof TEAMS)[number]['id'];

export const SOCIAL_WORKERS = [
  {
    id: 'sw-nadia-rahman',
    name: 'Nadia Rahman',
    team_id: 'team-cwcf-north',
    email: 'nadia.rahman@council.example',
    phone: '01632 960101',
  },
  {
    id: 'sw-james-whitlock',
    name: 'James Whitlock',
    team_id: 'team-cwcf-north',
    email: 'james.whitlock@council.example',
    phone: '01632 960102',
  },
  {
    id: 'sw-carla-mendes',
    name: 'Carla Mendes',
    team_id: 'team-cwcf-south',
    email: 'carla.mendes@council.example',
    phone: '01632 960203',
  },
  {
    id: 'sw-owen-pryce',
    name: 'Owen Pryce',
    team_id: 'team-leaving-care',
    email: 'owen.pryce@council.example',
    phone: '01632 960304',
  },
] as const satisfies readonly { id: string; name: string; team_id: TeamId; email: string; phone: string }[];

export type SocialWorkerId = (typeof SOCIAL_WORKERS)[number]['id'];

export interface DemoAccount {
  username: string;
  name: string;
  role: Role;
  homeId: HomeId;
  /** The home's name, as the README shows it. */
  home: string;
  /** Mosaic training modules completed (shared/domain/training.ts). */
  training: readonly number[];
  /** What the role and training allow together (001: 2 modules to read, all 9 to upload). */
  access: AccessLevel;
  /** What this account is in the demo to show. */
  shows: string;
}

const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9];

function account(
  username: string,
  name: string,
  role: Role,
  homeId: HomeId,
  training: readonly number[],
  shows: string,
): DemoAccount {
  const home = HOMES.find((h) => h.id === homeId)?.name ?? homeId;
  return { username, name, role, homeId, home, training, access: accessFor(role, training).level, shows };
}

/** Both homes have every role and every training state: full, partial, read-only and too little. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  account(
    'priya.shah',
    'Priya Shah',
    'registered-manager',
    'home-larchfield',
    ALL,
    'uploads, downloads, reviews the audit',
  ),
  account(
    'tom.reilly',
    'Tom Reilly',
    'assistant-manager',
    'home-larchfield',
    ALL,
    'uploads, reviews the audit',
  ),
  account(
    'grace.adeyemi',
    'Grace Adeyemi',
    'principal-rccw',
    'home-larchfield',
    [1, 2, 3, 4, 5, 6],
    'upload role, 6 of 9 modules: read only until trained',
  ),
  account(
    'sam.fletcher',
    'Sam Fletcher',
    'rccw',
    'home-larchfield',
    [1, 2],
    'read-only staff with the 2 modules',
  ),
  account('olu.bakare', 'Olu Bakare', 'night-staff', 'home-larchfield', [1, 2, 3], 'night staff, read only'),
  account(
    'jess.kowalski',
    'Jess Kowalski',
    'bank-staff',
    'home-larchfield',
    [1],
    'bank staff with 1 module: no access yet',
  ),
  account(
    'daniel.osei',
    'Daniel Osei',
    'registered-manager',
    'home-harbour-view',
    ALL,
    'uploads, downloads, reviews the audit',
  ),
  account(
    'hannah.price',
    'Hannah Price',
    'assistant-manager',
    'home-harbour-view',
    [1, 2, 3, 4],
    'upload role, 4 of 9 modules: read only until trained',
  ),
  account(
    'ellie.watts',
    'Ellie Watts',
    'principal-rccw',
    'home-harbour-view',
    ALL,
    'principal worker who uploads',
  ),
  account(
    'marcus.hill',
    'Marcus Hill',
    'rccw',
    'home-harbour-view',
    [1, 2],
    'read-only staff with the 2 modules',
  ),
  account(
    'ruth.evans',
    'Ruth Evans',
    'night-staff',
    'home-harbour-view',
    [],
    'night staff with no modules: no access yet',
  ),
  account('kieran.doyle', 'Kieran Doyle', 'bank-staff', 'home-harbour-view', [1, 2], 'bank staff, read only'),
];

/** The label the seed writes as a note's author role for home staff. */
export const roleLabel = (role: Role): string => ROLE_LABELS[role];
