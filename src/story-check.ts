// Compile-time only: the JSON Schema in story.ts and the documented types beside it describe the same
// records. Nothing imports this module and it emits no code; `npm run typecheck` fails when a field is
// added, renamed, dropped or retyped on one side only. (A schema library such as TypeBox would give one
// definition for both, but it adds its runtime to every start-up, and its tuples are draft-07 `items`
// arrays where the published schema is draft 2020-12 with `prefixItems`.)
import type { ErrorRecord, errorRecordSchema, Quote, Reported, Story, storySchema } from "./story.js";

/** The TypeScript type of a value valid against schema S, for the subset of JSON Schema story.ts uses. */
type FromSchema<S> = S extends { anyOf: readonly (infer A)[] }
  ? FromSchema<A>
  : S extends { const: infer C }
    ? C
    : S extends { enum: readonly (infer E)[] }
      ? E
      : S extends { type: "string" }
        ? string
        : S extends { type: "integer" | "number" }
          ? number
          : S extends { type: "boolean" }
            ? boolean
            : S extends { type: "null" }
              ? null
              : S extends { type: "array"; prefixItems: readonly [infer A, infer B] }
                ? [FromSchema<A>, FromSchema<B>]
                : S extends { type: "array"; items: infer I }
                  ? FromSchema<I>[]
                  : S extends { type: "object"; properties: infer P }
                    ? { [K in keyof P]: FromSchema<P[K]> }
                    : S extends { type: "object"; additionalProperties: infer V extends object }
                      ? Record<string, FromSchema<V>>
                      : S extends { type: "object" }
                        ? Record<string, unknown>
                        : never;

/** true when each type is assignable to the other; otherwise a type error at the use below. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

type StoryFromSchema = FromSchema<typeof storySchema>;
export type StoryMatchesSchema = Assert<Same<StoryFromSchema, Story>>;
export type QuoteMatchesSchema = Assert<Same<StoryFromSchema["quotes"][number], Quote>>;
export type ReportedMatchesSchema = Assert<Same<StoryFromSchema["reported"][number], Reported>>;
export type ErrorRecordMatchesSchema = Assert<Same<FromSchema<typeof errorRecordSchema>, ErrorRecord>>;
