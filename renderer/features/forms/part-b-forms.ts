/**
 * Issue 5 part B's entries in the forms registry (registry.ts): the Regulation 40 notification, its
 * update when a child protection enquiry concludes, and the two keyworker reports. Kept in their
 * own list so the incident forms' entries and these do not edit the same lines.
 */
import { lazy } from 'react';
import type { FormDefinition } from './registry.ts';

const KeyworkerReport = lazy(() => import('./keyworker/KeyworkerReportScreen.tsx'));

export const KEYWORKER_FORMS: readonly FormDefinition[] = [
  {
    id: 'keyworker-monthly-report',
    label: 'Keyworker monthly report',
    hint: 'The keyworker’s report on the month: the child’s views, health, education, family time, activities, behaviour, goals and next steps.',
    documentType: 'keyworker-monthly-report',
    component: KeyworkerReport,
  },
  {
    id: 'keyworker-cla-review-report',
    label: 'Keyworker report for CLA review',
    hint: 'The keyworker’s report for the child’s looked-after review.',
    documentType: 'keyworker-cla-review-report',
    component: KeyworkerReport,
  },
];

export const REG40_FORMS: readonly FormDefinition[] = [
  {
    id: 'regulation-40',
    label: 'Regulation 40 notification',
    hint: 'A serious event Ofsted and others must be told of without delay (managers only).',
    documentType: 'regulation-40-notification',
    component: lazy(() => import('./regulation-40/Regulation40Screen.tsx')),
  },
  {
    id: 'regulation-40-update',
    label: 'Regulation 40 update: child protection enquiry concluded',
    hint: 'The outcome of a child protection enquiry you notified earlier (managers only).',
    documentType: 'regulation-40-notification',
    component: lazy(() => import('./regulation-40/Regulation40UpdateScreen.tsx')),
  },
];
