import { describe, expect, test } from 'vitest';
import type { ChildListItem } from '../../../../shared/api/records.ts';
import { searchChildren } from './child-search.ts';

const child = (firstName: string, lastName: string, mosaicId: string): ChildListItem => ({
  id: `child-${firstName.toLowerCase()}`,
  firstName,
  lastName,
  mosaicId,
  dateOfBirth: '2011-03-14',
  restricted: false,
});

const list = {
  children: [
    child('Leo', 'Hartley', '4021876'),
    child('Kofi', 'Mensah', '4107732'),
    child('Ama', 'Mensah-Clarke', '4107745'),
  ],
};
const names = (query: string) => searchChildren(list, query).children.map((c) => c.firstName);

describe('offline search of the saved children list', () => {
  test('by any part of the name, ignoring case', () => {
    expect(names('leo')).toEqual(['Leo']);
    expect(names('MENSAH')).toEqual(['Kofi', 'Ama']);
    expect(names('ama mensah')).toEqual(['Ama']);
  });

  test('by the Mosaic reference number, whole or in part', () => {
    expect(names('4021876')).toEqual(['Leo']);
    expect(names('41077')).toEqual(['Kofi', 'Ama']);
  });

  test('nothing matches a name that is not there', () => {
    expect(names('Tyler')).toEqual([]);
  });
});
