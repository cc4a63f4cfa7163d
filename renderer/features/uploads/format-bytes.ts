/** A size as people read it: "820 bytes", "34 KB", "1.2 MB", "50 MB" (1 KB = 1,024 bytes, as Windows shows). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes}\u00a0${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)}\u00a0KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb)}\u00a0MB`;
}
