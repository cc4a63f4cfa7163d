import { useEffect, useRef, useState } from 'react';
import { checkFile } from '../file-check.ts';
import { formatBytes } from '../format-bytes.ts';
import { looksLikeImage, moveItem } from '../image-order.ts';
import type { ChosenFile } from '../upload-form.ts';

export interface CombineResult {
  /** The images combined, in page order (their keys). */
  combined: string[];
  pdf: File;
}

/**
 * "Combine these images into one PDF" (issue 5 "Files staff already have"): when two or more JPEG or
 * PNG scans are chosen, staff put them in page order with "Move up" and "Move down" (keyboard alone:
 * each is a button, and focus stays on the moved image's button) and combine them into one PDF, one
 * page each, which then goes on the record as one document. Each image's bytes are checked first
 * (file-check.ts); the PDF is made on this computer with pdf-lib, loaded only when asked.
 */
export function CombineImages({
  id,
  files,
  onReorder,
  onCombined,
  announce,
}: {
  id: string;
  files: readonly ChosenFile[];
  /** The images' keys in their new order. */
  onReorder(order: string[]): void;
  onCombined(result: CombineResult): void;
  announce(text: string): void;
}) {
  const images = files.filter((f) => looksLikeImage(f.file));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    if (!refocus.current) return;
    document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  });

  if (images.length < 2) return null;
  const order = images.map((f) => f.key);

  function move(index: number, delta: -1 | 1) {
    const image = images[index];
    if (!image) return;
    const to = index + delta;
    onReorder(moveItem(order, index, delta));
    // Focus stays with the image that moved; at an end its other button is the one left.
    const reachedEnd = to === 0 || to === images.length - 1;
    const direction = reachedEnd ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down';
    refocus.current = `${id}-${direction}-${image.key}`;
    announce(`${image.file.name} moved to page ${to + 1} of ${images.length}.`);
  }

  async function combine() {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const checks = await Promise.all(images.map((f) => checkFile(f.file)));
      const refused = checks.findIndex(
        (c) => !c.ok || (c.mimeType !== 'image/jpeg' && c.mimeType !== 'image/png'),
      );
      if (refused >= 0) {
        const check = checks[refused];
        const name = images[refused]?.file.name ?? 'A file';
        setProblem(
          check && !check.ok ? check.message : `${name} is not a JPEG or PNG image, so it cannot be a page.`,
        );
        return;
      }
      const { combineImages, combinedFileName } = await import('../combine-images.ts');
      const first = images[0]?.file.name ?? 'combined-scan';
      const name = combinedFileName(first);
      const bytes = await combineImages(
        await Promise.all(
          images.map(async (f, i) => {
            const check = checks[i];
            const mimeType = check?.ok && check.mimeType === 'image/png' ? 'image/png' : 'image/jpeg';
            return { bytes: new Uint8Array(await f.file.arrayBuffer()), mimeType } as const;
          }),
        ),
        name,
      );
      const pdf = new File([new Uint8Array(bytes)], name, { type: 'application/pdf' });
      onCombined({ combined: order, pdf });
      announce(`${images.length} images combined into one PDF, ${name}, ${formatBytes(pdf.size)}.`);
    } catch {
      setProblem(
        'Hearth could not combine these images. Check that each one opens, or upload them one by one.',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}
      data-testid="combine-images"
    >
      <h2 className="govuk-heading-s" id={`${id}-heading`}>
        Pages of one document?
      </h2>
      <p className="govuk-body" id={`${id}-hint`}>
        You chose {images.length} images. If they are the pages of one scanned document, put them in page
        order and combine them into one PDF: it goes on the child’s record as one document.
      </p>
      {problem && (
        <p className="govuk-error-message" id={`${id}-error`} role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      )}
      <ol className="govuk-list govuk-list--number hearth-combine-list" aria-labelledby={`${id}-heading`}>
        {images.map((image, index) => (
          <li key={image.key} className="hearth-chosen-files__item" data-testid="combine-page">
            <span className="hearth-chosen-files__name">{image.file.name}</span>
            <span className="govuk-button-group govuk-!-margin-bottom-0">
              {index > 0 && (
                <button
                  type="button"
                  id={`${id}-up-${image.key}`}
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  onClick={() => move(index, -1)}
                >
                  Move up<span className="govuk-visually-hidden"> {image.file.name}</span>
                </button>
              )}
              {index < images.length - 1 && (
                <button
                  type="button"
                  id={`${id}-down-${image.key}`}
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  onClick={() => move(index, 1)}
                >
                  Move down<span className="govuk-visually-hidden"> {image.file.name}</span>
                </button>
              )}
            </span>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
        aria-disabled={busy || undefined}
        onClick={() => void combine()}
      >
        {busy ? 'Combining…' : `Combine these ${images.length} images into one PDF`}
      </button>
    </div>
  );
}
