/**
 * The forms feature's public face (issue 5 "Forms Hearth writes"), for the records router:
 * `FormsScreen` (loaded on demand), the routes' parser, hook and links.
 * Forms themselves are listed in registry.ts; their PDFs are made with shared/pdf/form-pdf.ts and
 * queued with queue-form.ts.
 */
export { FormsScreen } from './lazy-screen.tsx';
export { formsHref, parseFormsHash, useFormsRoute, type FormsRoute } from './routes.ts';
