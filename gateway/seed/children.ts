/**
 * Demo children (fictional). Between them they show each case the product must handle: a child
 * with a long record (2,000 case notes, 300 documents), half-siblings in a sibling group, a child
 * with no allocated social worker (notifications go to the team's duty inbox), a restricted record
 * (002 §6.2), a care leaver, and a child whose placement has ended. The Mensah sibling group has
 * four members: three placed at Larchfield House, the youngest at Harbour View (issue 8); who is
 * in the group is recorded only as dated memberships (seed/groups.ts, migration 1200).
 */
import type { HomeId, SocialWorkerId, TeamId } from './people.ts';

export const SIBLING_GROUPS = [
  // 004: surnames once each, oldest child's first, comma-separated; no comma before the postcode.
  { id: 'group-mensah', name: 'Mensah, Mensah-Clarke BN12 6RD' },
] as const;

export interface DemoChild {
  id: string;
  mosaic_id: string;
  first_name: string;
  last_name: string;
  date_of_birth: string;
  legal_status: string;
  home_id: HomeId;
  placement_start: string;
  placement_end: string | null;
  social_worker_id: SocialWorkerId | null;
  team_id: TeamId;
  restricted: 0 | 1;
}

const child = (c: Omit<DemoChild, 'placement_end' | 'restricted'> & Partial<DemoChild>) => ({
  placement_end: null,
  restricted: 0 as const,
  ...c,
});

/** The child whose record is long: the performance and pagination case. */
export const LONG_RECORD_CHILD_ID = 'child-leo-hartley';
export const LONG_RECORD = { caseNotes: 2000, documents: 300 } as const;

export const CHILDREN: readonly DemoChild[] = [
  child({
    id: LONG_RECORD_CHILD_ID,
    mosaic_id: '4021876',
    first_name: 'Leo',
    last_name: 'Hartley',
    date_of_birth: '2011-03-14',
    legal_status: 'C2 Full care order',
    home_id: 'home-larchfield',
    placement_start: '2021-09-06',
    social_worker_id: 'sw-nadia-rahman',
    team_id: 'team-cwcf-north',
  }),
  child({
    id: 'child-kofi-mensah',
    mosaic_id: '4107732',
    first_name: 'Kofi',
    last_name: 'Mensah',
    date_of_birth: '2010-07-22',
    legal_status: 'C2 Full care order',
    home_id: 'home-larchfield',
    placement_start: '2024-02-12',
    social_worker_id: 'sw-james-whitlock',
    team_id: 'team-cwcf-north',
  }),
  child({
    // Kofi's sister, with her own social worker: a group document for Kofi and Ama only must
    // reach neither her record nor her worker (004: "only on those selected").
    id: 'child-efua-mensah',
    mosaic_id: '4107761',
    first_name: 'Efua',
    last_name: 'Mensah',
    date_of_birth: '2011-10-03',
    legal_status: 'C2 Full care order',
    home_id: 'home-larchfield',
    placement_start: '2024-02-12',
    social_worker_id: 'sw-nadia-rahman',
    team_id: 'team-cwcf-north',
  }),
  child({
    id: 'child-ama-mensah-clarke',
    mosaic_id: '4107745',
    first_name: 'Ama',
    last_name: 'Mensah-Clarke',
    date_of_birth: '2013-01-05',
    legal_status: 'C1 Interim care order',
    home_id: 'home-larchfield',
    placement_start: '2024-02-12',
    social_worker_id: 'sw-james-whitlock',
    team_id: 'team-cwcf-north',
  }),
  child({
    // The Mensahs' youngest, placed at Harbour View: each home sees only its own Mensah children.
    id: 'child-yaw-mensah',
    mosaic_id: '4107758',
    first_name: 'Yaw',
    last_name: 'Mensah',
    date_of_birth: '2015-06-10',
    legal_status: 'C1 Interim care order',
    home_id: 'home-harbour-view',
    placement_start: '2024-02-12',
    social_worker_id: 'sw-carla-mendes',
    team_id: 'team-cwcf-south',
  }),
  child({
    id: 'child-ruby-ashworth',
    mosaic_id: '3988410',
    first_name: 'Ruby',
    last_name: 'Ashworth',
    date_of_birth: '2009-11-30',
    legal_status: 'V2 Section 20 single period of accommodation',
    home_id: 'home-larchfield',
    placement_start: '2025-05-19',
    social_worker_id: 'sw-nadia-rahman',
    team_id: 'team-cwcf-north',
  }),
  child({
    id: 'child-ethan-brooks',
    mosaic_id: '4233019',
    first_name: 'Ethan',
    last_name: 'Brooks',
    date_of_birth: '2010-02-17',
    legal_status: 'C2 Full care order',
    home_id: 'home-larchfield',
    placement_start: '2023-01-09',
    placement_end: '2026-06-30',
    social_worker_id: 'sw-nadia-rahman',
    team_id: 'team-cwcf-north',
  }),
  child({
    id: 'child-maya-lindqvist',
    mosaic_id: '4310556',
    first_name: 'Maya',
    last_name: 'Lindqvist',
    date_of_birth: '2012-04-18',
    legal_status: 'C2 Full care order',
    home_id: 'home-harbour-view',
    placement_start: '2024-10-01',
    // Unallocated: upload notifications go to the South team's duty inbox (001).
    social_worker_id: null,
    team_id: 'team-cwcf-south',
  }),
  child({
    id: 'child-tyler-obi',
    mosaic_id: '4388120',
    first_name: 'Tyler',
    last_name: 'Obi',
    date_of_birth: '2011-08-03',
    legal_status: 'C2 Full care order',
    home_id: 'home-harbour-view',
    placement_start: '2025-11-24',
    social_worker_id: 'sw-carla-mendes',
    team_id: 'team-cwcf-south',
    restricted: 1,
  }),
  child({
    id: 'child-isla-fenwick',
    mosaic_id: '3876254',
    first_name: 'Isla',
    last_name: 'Fenwick',
    date_of_birth: '2009-09-09',
    legal_status: 'C2 Full care order',
    home_id: 'home-harbour-view',
    placement_start: '2022-06-13',
    social_worker_id: 'sw-owen-pryce',
    team_id: 'team-leaving-care',
  }),
  child({
    id: 'child-noah-penrose',
    mosaic_id: '4450981',
    first_name: 'Noah',
    last_name: 'Penrose',
    date_of_birth: '2014-12-02',
    legal_status: 'C1 Interim care order',
    home_id: 'home-harbour-view',
    placement_start: '2026-03-02',
    social_worker_id: 'sw-carla-mendes',
    team_id: 'team-cwcf-south',
  }),
];
