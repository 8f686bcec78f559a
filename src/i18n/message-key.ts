// The type of every message key, derived from the English texts (issue 12, item 3): a key the
// locales do not have fails to compile where it enters a Text, an AnswerPart or a key builder.
// Type-only: nothing here loads the JSON at run time, so the pure layers may use it.
import type { TranslationTree } from './resources';

/** i18next adds these to a key: the plural forms English has, and the side context of
 *  content-model §3.9. */
type Suffix = 'one' | 'other' | 'destination' | 'source';

/** Remaining depth for LeafPaths: keys are at most 5 segments deep (ui.questionnaire.x.y.z);
 *  a fixed bound keeps the compiler from exploring deeper, so tsc stays fast. */
type Depth = [never, 0, 1, 2, 3, 4, 5, 6, 7];

/** Every path to a string leaf, segments joined by '.'. */
type LeafPaths<T, D extends number = 7> = [D] extends [never]
  ? never
  : {
      [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafPaths<T[K], Depth[D]>}`;
    }[keyof T & string];

/** `x_one` / `x_destination` → `x`: code names the base key and passes count or context. */
type BaseKey<K extends string> = K extends `${infer B}_${Suffix}` ? B : never;

type Leaf = LeafPaths<TranslationTree>;

/** A key of the texts. Leaves stay keys too: an id may end in a suffix word (`one_or_two`). */
export type MessageKey = Leaf | BaseKey<Leaf>;
