/** Batching for APIs that take a bounded list per call (Classic's Describe* take 10 ARNs, v2's 10 too). */

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
