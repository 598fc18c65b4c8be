/**
 * The best of the encodings we can send that the client accepts (Accept-Encoding with q-values;
 * `*` stands for any other), or null for none. Our order breaks ties: browsers list gzip first
 * but take brotli as gladly.
 */
export function preferredEncoding<Name extends string>(
  header: string | undefined,
  offered: readonly Name[],
): Name | null {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    const q = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  let best: Name | null = null;
  let bestWeight = 0;
  for (const name of offered) {
    const weight = weights.get(name) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = name;
      bestWeight = weight;
    }
  }
  return best;
}
