/**
 * Regular expressions of the policy format (`{ regex }`), run by RE2 (the re2js port): an automaton
 * engine whose matching time grows linearly with the text, whatever the pattern, so no policy can make
 * matching an untrusted finding backtrack. The price is RE2's syntax: no back-references and no
 * lookaround, which cannot be run in linear time; checkRegex refuses them (and anything else RE2
 * refuses) with a reason, when the policy loads.
 *
 * Linear time is per instruction of the compiled program: matching costs up to (program size × text
 * length) steps. RE2 already caps repetition counts at 1000; MAX_REGEX_PROGRAM caps the program too, so a
 * finding title of Inspector's maximum length (20,000 characters) is matched in a bounded time by any
 * accepted expression.
 */
import { RE2JS, RE2JSSyntaxException } from "re2js";
import type { StringTest } from "./glob.js";

/** Longest regular expression source accepted (the schema enforces the same bound). */
export const MAX_REGEX_LENGTH = 512;
/** Largest compiled program accepted, in RE2 instructions (`CVE-20[0-9]{2}-[0-9]{4,}` has 16). */
export const MAX_REGEX_PROGRAM = 1000;

/** Why RE2 refused an expression, in our words when it is a construct RE2 never runs. */
function refusal(error: RE2JSSyntaxException): string {
  const at = error.getPattern() ?? "";
  const linear = "a linear-time engine cannot match";
  if (/^\\([1-9]|k)/.test(at)) {
    return `back-reference '${at.slice(0, 2)}' is not supported: ${linear} back-references; write out the text you expect instead`;
  }
  const around = /^\(\?(=|!|<=|<!)/.exec(at)?.[0];
  if (around !== undefined) {
    const kind = around.startsWith("(?<") ? "lookbehind" : "lookahead";
    return `${kind} '${around}' is not supported: ${linear} lookaround; spell out the alternatives you mean instead`;
  }
  const hint = at.startsWith("\\u") ? " (write a code point as \\x{00e9})" : "";
  return `invalid regular expression (RE2 syntax): ${error.getDescription()}${at === "" ? "" : `: '${at}'`}${hint}`;
}

/**
 * Why a regular expression is refused, or undefined when it is accepted: it must be at most
 * MAX_REGEX_LENGTH characters, compile with RE2, and compile to at most MAX_REGEX_PROGRAM instructions.
 */
export function checkRegex(source: string): string | undefined {
  if (source.length > MAX_REGEX_LENGTH) {
    return `regular expression too long (${source.length} characters; at most ${MAX_REGEX_LENGTH})`;
  }
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source);
  } catch (error) {
    if (error instanceof RE2JSSyntaxException) return refusal(error);
    return `invalid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
  const size = compiled.programSize();
  if (size > MAX_REGEX_PROGRAM) {
    return `regular expression too large once compiled (${size} instructions; at most ${MAX_REGEX_PROGRAM}): matching time grows with that size, so use smaller repetition counts or fewer alternatives`;
  }
  return undefined;
}

/**
 * The literal text every match starts with, as RE2 computes it from the compiled program ("CVE-20" for
 * `CVE-20(1[4-9]|2[0-3])-\d+`); "" when there is none (an optional or case-folded start, a `^`).
 */
export function regexPrefix(source: string): string {
  const prefix: unknown = RE2JS.compile(source).re2().prefix;
  return typeof prefix === "string" ? prefix : "";
}

/**
 * An expression matched against the whole value, by RE2. The source must have passed checkRegex.
 * One that starts with `.*` looks for something within the value: it is run as a search for
 * `^(?:source)$`, the same match, which lets RE2 look for the literals it requires (its prefilter)
 * before running the automaton: several times faster on titles, where most values lack them.
 */
export function compileRegex(source: string): StringTest {
  const re = RE2JS.compile(source);
  if (!source.startsWith(".*")) return (v) => re.testExact(v);
  const search = RE2JS.compile(`^(?:${source})$`);
  return (v) => search.test(v);
}
