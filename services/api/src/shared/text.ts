import { GraphQLError, type ValidationRule } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { actorStore } from './actor.js';
import { t, type Lang } from './i18n.js';

/**
 * Invisible characters: format characters (zero-width space and joiners, soft hyphen, bidi marks,
 * byte-order mark …), other default-ignorable code points (Hangul fillers, variation selectors)
 * and control characters other than tab and line breaks. They make two equal-looking names differ.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]|[^\P{Cc}\t\n\r]/gu;

/**
 * Why a text cannot be stored, or null: PostgreSQL text holds no NUL character, and UTF-8 has no
 * unpaired surrogate (half of a UTF-16 pair, e.g. `\ud800` alone).
 */
export function unstorableText(text: string): 'nul' | 'surrogate' | null {
  if (text.includes('\u0000')) return 'nul';
  if (/\p{Cs}/u.test(text)) return 'surrogate';
  return null;
}

/** The catalogue message for an unstorable text. */
export function unstorableTextMessage(lang: Lang, problem: 'nul' | 'surrogate'): string {
  return t(lang, problem === 'nul' ? 'text.nul' : 'text.surrogate');
}

/**
 * Normalises a text as stored: invisible characters removed, runs of spaces made one space,
 * trimmed. A `name` is compared and stored in Unicode NFKC (full-width letters and digits,
 * compatibility ideographs folded, so look-alike names meet the duplicate check) and becomes one
 * line (every whitespace run, line breaks too, is one space); other texts (addresses, reasons,
 * comments) keep the characters entered (NFC only: Chinese full-width punctuation stays) and their
 * line breaks.
 * @example
 * normalizeText('两路\u200b街道\u3000养老站', { name: true }) // '两路街道 养老站'
 */
export function normalizeText(text: string, { name = false }: { name?: boolean } = {}): string {
  const visible = text.normalize(name ? 'NFKC' : 'NFC').replace(INVISIBLE, '');
  return (name ? visible.replace(/\s+/g, ' ') : visible.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n')).trim();
}

/** The first string in a JSON value (variables) that cannot be stored, walked without recursion. */
function firstUnstorable(value: unknown): 'nul' | 'surrogate' | null {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      const problem = unstorableText(v);
      if (problem) return problem;
    } else if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') for (const [k, inner] of Object.entries(v)) stack.push(k, inner);
  }
  return null;
}

/**
 * Refuses string literals in an operation (`"admin\u0000"`, GraphQL-escaped) that the database
 * cannot store: a validation error (400) instead of a driver error at execution.
 */
export const noUnstorableText: ValidationRule = (context) => ({
  StringValue(node) {
    const problem = unstorableText(node.value);
    if (problem)
      context.reportError(new GraphQLError(unstorableTextMessage(actorStore.getStore()?.lang ?? 'zh', problem), { nodes: [node] }));
  },
});

/**
 * Refuses variables (from a JSON body or a GET query string) holding text the database cannot
 * store: 400 BAD_USER_INPUT before anything runs.
 */
export const unstorableVariablesPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        const problem = firstUnstorable(request.variables);
        if (problem)
          throw new GraphQLError(unstorableTextMessage(actorStore.getStore()?.lang ?? 'zh', problem), {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
      },
    };
  },
};
