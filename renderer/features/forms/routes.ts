/**
 * The forms screens' addresses in the app's hash router (renderer/features/records/router.ts):
 * - #/forms: choose the child (from the navigation's "Write a form");
 * - #/forms/{childId}: choose which form to write for that child (from the child's record);
 * - #/forms/{childId}/{formId}: the form itself (form ids: registry.ts).
 * Ids only, never names: the browser keeps addresses in its history files (003).
 */
import { useSyncExternalStore } from 'react';

export interface FormsRoute {
  screen: 'forms';
  childId: string | null;
  formId: string | null;
}

/** The route for `hash`, or null when it is not one of the forms screens. */
export function parseFormsHash(hash: string): FormsRoute | null {
  const parts = (hash.replace(/^#/, '').split('?', 1)[0] ?? '').split('/').filter(Boolean);
  if (parts[0] !== 'forms' || parts.length > 3) return null;
  try {
    const [childId = null, formId = null] = parts.slice(1).map((part) => decodeURIComponent(part));
    if (childId === '' || formId === '') return null;
    return { screen: 'forms', childId, formId };
  } catch {
    return null;
  }
}

export function formsHref(childId?: string | null, formId?: string | null): string {
  if (!childId) return '#/forms';
  const child = `#/forms/${encodeURIComponent(childId)}`;
  return formId ? `${child}/${encodeURIComponent(formId)}` : child;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The forms screen the address points at, or null; follows links, Back and Forward. */
export function useFormsRoute(): FormsRoute | null {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseFormsHash(hash);
}
