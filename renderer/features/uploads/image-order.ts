/**
 * Which chosen files may be combined into one PDF, and their order (issue 5 "images can be combined
 * into one PDF"): pure list work, apart from combine-images.ts so the upload screen does not load
 * pdf-lib until someone combines.
 */

/** Whether a chosen file is offered for combining (its bytes are checked again when combining). */
export const looksLikeImage = (file: { name: string; type: string }): boolean =>
  /^image\/(jpeg|png)$/.test(file.type) || /\.(jpe?g|png)$/i.test(file.name);

/**
 * `items` with the one at `index` moved by `delta` places (−1 up, +1 down); the same list when the
 * move would leave the ends. Pure, so the keyboard's "Move up" and "Move down" are tested alone.
 */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  const moved = items[index];
  if (moved === undefined || to < 0 || to >= items.length) return [...items];
  const rest = items.filter((_, i) => i !== index);
  return [...rest.slice(0, to), moved, ...rest.slice(to)];
}

/**
 * The chosen files with the images put in `order` (their keys), each in a slot an image held: the
 * other files keep their places.
 */
export function withImagesInOrder<T extends { key: string }>(
  files: readonly T[],
  order: readonly string[],
): T[] {
  const byKey = new Map(files.map((f) => [f.key, f]));
  const queue = order.flatMap((key) => byKey.get(key) ?? []);
  const inOrder = new Set(order);
  return files.map((file) => (inOrder.has(file.key) ? (queue.shift() ?? file) : file));
}

/** The chosen files with the combined images replaced by their PDF, where the first of them was. */
export function withImagesCombined<T extends { key: string }>(
  files: readonly T[],
  combined: readonly string[],
  pdf: T,
): T[] {
  const gone = new Set(combined);
  const first = files.findIndex((f) => gone.has(f.key));
  return files.flatMap((file, index) => (index === first ? [pdf] : gone.has(file.key) ? [] : [file]));
}
