/** A text in the two interface languages: Simplified Chinese (the default) and English. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Builds a string enum object (`{ A: 'A', B: 'B' }`) from the keys of a table. */
export function enumOf<K extends string>(table: Record<K, unknown>): { readonly [P in K]: P } {
  return Object.fromEntries(Object.keys(table).map((k) => [k, k])) as { readonly [P in K]: P };
}
