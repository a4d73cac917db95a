// The shape of a catalogue of the tool's words: the keys of en.ts, each a template whose
// {placeholders} are the arguments `say` takes.
import type { en } from './en.js'

export type WordKey = keyof typeof en
export type Words = { readonly [K in WordKey]: string }

/** The {placeholders} of a template, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? Name<P> | Placeholders<Rest> : never
/** A shell's `${fpath[1]}` in an example is text, not a placeholder. */
type Name<P extends string> = P extends `${string}${'[' | ' ' | '$'}${string}` ? never : P

/** The arguments of a key: one string or number per placeholder of its English template. */
export type WordArgs<K extends WordKey> = { [P in Placeholders<(typeof en)[K]>]: string | number }
