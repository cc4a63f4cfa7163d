// Guidance 000 "recorded on behalf of": the record says who uploaded and who wrote a document.
import { describe, expect, it } from 'vitest';
import { uploadAttribution } from './attribution.ts';

const priya = { name: 'Priya Shah', role: 'Registered Manager' };
const sam = { name: 'Sam Fletcher', role: 'Residential Child Care Worker' };

describe('000 attribution of an uploaded document', () => {
  it('000: the uploader alone when they wrote it', () => {
    expect(uploadAttribution(priya, null)).toBe('Uploaded by Priya Shah, Registered Manager');
  });

  it('000: "Uploaded by {name}, {role}, on behalf of {name}, {role}" when someone else wrote it', () => {
    expect(uploadAttribution(priya, sam)).toBe(
      'Uploaded by Priya Shah, Registered Manager, on behalf of Sam Fletcher, Residential Child Care Worker',
    );
  });

  it('003 factual records: a missing role is said to be missing, never left as a dangling comma', () => {
    expect(uploadAttribution({ name: 'Priya Shah', role: null }, { name: 'Sam Fletcher', role: ' ' })).toBe(
      'Uploaded by Priya Shah, role not recorded, on behalf of Sam Fletcher, role not recorded',
    );
    expect(uploadAttribution({ name: 'Priya Shah' }, undefined)).toBe(
      'Uploaded by Priya Shah, role not recorded',
    );
  });

  it('000: an author who is the uploader, or has no name, is not named twice', () => {
    expect(uploadAttribution(priya, { name: ' Priya Shah ', role: 'Registered Manager' })).toBe(
      'Uploaded by Priya Shah, Registered Manager',
    );
    expect(uploadAttribution(priya, { name: '', role: 'Keyworker' })).toBe(
      'Uploaded by Priya Shah, Registered Manager',
    );
  });
});
