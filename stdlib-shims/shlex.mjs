// Python's `shlex` module (CPython 3.11): `split`, `quote`, `join`. `split` is shlex.py's
// posix-mode tokenizer with `whitespace_split=True` (quotes, backslash escapes, `#` comments
// when asked); `posix=False` keeps the quotes in the tokens, as CPython does.

import { iter, truthy, typename, ValueError, TypeError } from "./builtins.mjs";
import { withSig } from "./_shim.mjs";

export const __name__ = "shlex";

const WHITESPACE = " \t\r\n";
const QUOTES = "'\"";

/** shlex.shlex(s, posix=posix).read_token() repeated, with whitespace_split=True. */
function tokens(s, comments, posix) {
  const out = [];
  let i = 0;
  const next = () => (i < s.length ? s[i++] : "");
  const skipLine = () => {
    while (i < s.length && s[i] !== "\n") i++;
    if (i < s.length) i++;
  };
  for (;;) {
    let state = " ";
    let token = "";
    let quoted = false;
    let escapedstate = " ";
    let eof = false;
    for (;;) {
      const c = next();
      if (state === " ") {
        if (c === "") {
          eof = true;
          break;
        } else if (WHITESPACE.includes(c)) {
          if (token || (posix && quoted)) break;
        } else if (comments && c === "#") {
          skipLine();
        } else if (posix && c === "\\") {
          escapedstate = "a";
          state = c;
        } else if (QUOTES.includes(c)) {
          if (!posix) token = c;
          state = c;
        } else {
          token = c;
          state = "a";
        }
      } else if (QUOTES.includes(state)) {
        quoted = true;
        if (c === "") throw ValueError("No closing quotation");
        if (c === state) {
          if (!posix) {
            token += c;
            state = " ";
            break;
          }
          state = "a";
        } else if (posix && c === "\\" && state === '"') {
          escapedstate = state;
          state = c;
        } else {
          token += c;
        }
      } else if (state === "\\") {
        if (c === "") throw ValueError("No escaped character");
        if (QUOTES.includes(escapedstate) && c !== escapedstate && c !== "\\") token += state;
        token += c;
        state = escapedstate;
      } else {
        // state "a": inside a word
        if (c === "") {
          eof = true;
          break;
        } else if (WHITESPACE.includes(c)) {
          state = " ";
          if (token || (posix && quoted)) break;
        } else if (comments && c === "#") {
          skipLine();
          if (posix) {
            state = " ";
            if (token || (posix && quoted)) break;
          }
        } else if (posix && QUOTES.includes(c)) {
          state = c;
        } else if (posix && c === "\\") {
          escapedstate = "a";
          state = c;
        } else {
          token += c;
        }
      }
    }
    if (token || (posix && quoted)) out.push(token);
    else if (!posix && eof && token === "") break;
    if (eof) break;
  }
  return out;
}

export const split = withSig(function split(s, comments, posix) {
  if (s === null || s === undefined) throw ValueError("s argument must not be None");
  if (typeof s !== "string") throw TypeError(`expected str, got ${typename(s)}`);
  return tokens(s, comments === undefined ? false : truthy(comments), posix === undefined ? true : truthy(posix));
}, "split", ["s", "comments", "posix"], { defaults: 2 });

const UNSAFE = /[^\w@%+=:,./-]/;

export const quote = withSig(function quote(s) {
  if (typeof s !== "string") throw TypeError(`expected string or bytes-like object, got '${typename(s)}'`);
  if (s === "") return "''";
  // `\w` in CPython's pattern is ASCII-only (re.ASCII).
  if (!UNSAFE.test(s)) return s;
  return "'" + s.replaceAll("'", "'\"'\"'") + "'";
}, "quote", ["s"]);

export const join = withSig(function join(split_command) {
  const parts = [];
  for (const a of iter(split_command)) parts.push(quote(a));
  return parts.join(" ");
}, "join", ["split_command"]);
