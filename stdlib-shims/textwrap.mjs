// Python's `textwrap` module (CPython 3.11 Lib/textwrap.py), ported line by line. The word
// splitting regexes are CPython's own, compiled by re.mjs, so chunks come out identical.
// TextWrapper is a class made with `mkclass`; its methods call each other through `this`, so
// Python subclasses that override `_split`, `_wrap_chunks`, ... work as in CPython.

import {
  mkclass, callkw, splitkw, kwtake, kwnone, typename, truthy, repr, ValueError, TypeError,
} from "./builtins.mjs";
import { method, withSig } from "./_shim.mjs";
import { compile as reCompile, escape as reEscape, VERBOSE, MULTILINE } from "./re.mjs";

export const __name__ = "textwrap";
export const __all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"];

const WHITESPACE = "\t\n\x0b\x0c\r ";

// ---------------------------------------------------------------- str helpers (code points)

const hasAstral = (s) => /[\uD800-\uDFFF]/.test(s);
const plen = (s) => (hasAstral(s) ? Array.from(s).length : s.length);
const pslice = (s, a, b) => (hasAstral(s) ? Array.from(s).slice(a, b).join("") : s.slice(a, b));
const PY_SPACE = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const STRIP_RE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "g");
const SPLIT_RE = new RegExp(`[${PY_SPACE}]+`);
const pyStrip = (s) => s.replace(STRIP_RE, "");
const lstrip = (s) => s.replace(new RegExp(`^[${PY_SPACE}]+`), "");
const pySplit = (s) => pyStrip(s).split(SPLIT_RE).filter((x) => x !== "");

function expandtabs(s, tabsize) {
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

/** str.splitlines(keepends=True). */
function splitlinesKeep(s) {
  const out = [];
  const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0;
  let m;
  while ((m = re.exec(s)) !== null) {
    out.push(s.slice(last, m.index + m[0].length));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

// ---------------------------------------------------------------- TextWrapper

const wordPunct = String.raw`[\w!"\'&.,?]`;
const letter = String.raw`[^\d\W]`;
const whitespace = `[${reEscape(WHITESPACE)}]`;
const nowhitespace = "[^" + whitespace.slice(1);
const WORDSEP_SRC = String.raw`
        ( # any whitespace
          ${whitespace}+
        | # em-dash between words
          (?<=${wordPunct}) -{2,} (?=\w)
        | # word, possibly hyphenated
          ${nowhitespace}+? (?:
            # hyphenated word
              -(?: (?<=${letter}{2}-) | (?<=${letter}-${letter}-))
              (?= ${letter} -? ${letter})
            | # end of word
              (?=${whitespace}|\Z)
            | # em-dash
              (?<=${wordPunct}) (?=-{2,}\w)
            )
        )`;

const INIT_PARAMS = ["width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace",
  "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize"];
const INIT_DEFAULTS = [70, "", "", true, true, false, true, true, true, 8];

export const TextWrapper = mkclass("TextWrapper", [], (C) => {
  C.__module__ = "textwrap";
  C.wordsep_re = reCompile(WORDSEP_SRC, VERBOSE);
  C.wordsep_simple_re = reCompile(`(${whitespace}+)`);
  C.sentence_end_re = reCompile(String.raw`[a-z][\.\!\?][\"\']?\Z`);
  const m = (name, params, f, opts) => (C[name] = method(`TextWrapper.${name}`, params, f, opts));

  m("__init__", INIT_PARAMS, function (...args) {
    const k = splitkw(args);
    INIT_PARAMS.forEach((name, i) => {
      this[name] = args[i] === undefined ? INIT_DEFAULTS[i] : args[i];
    });
    const ml = kwtake(k, "max_lines");
    const ph = kwtake(k, "placeholder");
    kwnone(k, "TextWrapper.__init__");
    this.max_lines = ml === undefined ? null : ml;
    this.placeholder = ph === undefined ? " [...]" : ph;
    return null;
  }, { defaults: 10, kwonly: ["max_lines", "placeholder"] });

  m("_munge_whitespace", ["text"], function (text) {
    if (truthy(this.expand_tabs)) text = expandtabs(text, this.tabsize);
    if (truthy(this.replace_whitespace)) text = text.replace(/[\t\n\x0b\x0c\r]/g, " ");
    return text;
  });

  m("_split", ["text"], function (text) {
    const re = this.break_on_hyphens === true ? this.wordsep_re : this.wordsep_simple_re;
    const chunks = re.split(text);
    return chunks.filter((c) => c !== null && c !== undefined && c !== "");
  });

  m("_fix_sentence_endings", ["chunks"], function (chunks) {
    let i = 0;
    const pat = this.sentence_end_re;
    while (i < chunks.length - 1) {
      if (chunks[i + 1] === " " && pat.search(chunks[i]) !== null) {
        chunks[i + 1] = "  ";
        i += 2;
      } else {
        i += 1;
      }
    }
    return null;
  });

  m("_handle_long_word", ["reversed_chunks", "cur_line", "cur_len", "width"], function (rchunks, curLine, curLen, width) {
    const spaceLeft = width < 1 ? 1 : width - curLen;
    if (truthy(this.break_long_words)) {
      let end = spaceLeft;
      const chunk = rchunks[rchunks.length - 1];
      if (truthy(this.break_on_hyphens) && plen(chunk) > spaceLeft) {
        const cps = Array.from(chunk);
        let hyphen = -1;
        for (let i = Math.min(spaceLeft, cps.length) - 1; i >= 0; i--) {
          if (cps[i] === "-") {
            hyphen = i;
            break;
          }
        }
        if (hyphen > 0 && cps.slice(0, hyphen).some((c) => c !== "-")) end = hyphen + 1;
      }
      curLine.push(pslice(chunk, 0, Math.max(end, 0)));
      rchunks[rchunks.length - 1] = pslice(chunk, Math.max(end, 0));
    } else if (curLine.length === 0) {
      curLine.push(rchunks.pop());
    }
    return null;
  });

  m("_wrap_chunks", ["chunks"], function (chunks) {
    const lines = [];
    const W = this.width;
    if (W <= 0) throw ValueError(`invalid width ${repr(W)} (must be > 0)`);
    const placeholder = this.placeholder;
    if (this.max_lines !== null) {
      const ind = this.max_lines > 1 ? this.subsequent_indent : this.initial_indent;
      if (plen(ind) + plen(lstrip(placeholder)) > W) throw ValueError("placeholder too large for max width");
    }
    chunks.reverse();
    const drop = truthy(this.drop_whitespace);
    while (chunks.length) {
      let curLine = [];
      let curLen = 0;
      const indent = lines.length ? this.subsequent_indent : this.initial_indent;
      const width = W - plen(indent);
      if (drop && pyStrip(chunks[chunks.length - 1]) === "" && lines.length) chunks.pop();
      while (chunks.length) {
        const l = plen(chunks[chunks.length - 1]);
        if (curLen + l <= width) {
          curLine.push(chunks.pop());
          curLen += l;
        } else break;
      }
      if (chunks.length && plen(chunks[chunks.length - 1]) > width) {
        this._handle_long_word(chunks, curLine, curLen, width);
        curLen = curLine.reduce((a, c) => a + plen(c), 0);
      }
      if (drop && curLine.length && pyStrip(curLine[curLine.length - 1]) === "") {
        curLen -= plen(curLine[curLine.length - 1]);
        curLine.pop();
      }
      if (curLine.length) {
        if (this.max_lines === null || lines.length + 1 < this.max_lines ||
          ((!chunks.length || (drop && chunks.length === 1 && !pyStrip(chunks[0]))) && curLen <= width)) {
          lines.push(indent + curLine.join(""));
        } else {
          let done = false;
          while (curLine.length) {
            if (pyStrip(curLine[curLine.length - 1]) && curLen + plen(placeholder) <= width) {
              curLine.push(placeholder);
              lines.push(indent + curLine.join(""));
              done = true;
              break;
            }
            curLen -= plen(curLine[curLine.length - 1]);
            curLine.pop();
          }
          if (!done) {
            let replaced = false;
            if (lines.length) {
              const prev = lines[lines.length - 1].replace(new RegExp(`[${PY_SPACE}]+$`), "");
              if (plen(prev) + plen(placeholder) <= W) {
                lines[lines.length - 1] = prev + placeholder;
                replaced = true;
              }
            }
            if (!replaced) lines.push(indent + placeholder.replace(new RegExp(`^[${PY_SPACE}]+`), ""));
          }
          break;
        }
      }
    }
    return lines;
  });

  m("_split_chunks", ["text"], function (text) {
    return this._split(this._munge_whitespace(text));
  });

  m("wrap", ["text"], function (text) {
    const chunks = this._split_chunks(text);
    if (truthy(this.fix_sentence_endings)) this._fix_sentence_endings(chunks);
    return this._wrap_chunks(chunks);
  });

  m("fill", ["text"], function (text) {
    return this.wrap(text).join("\n");
  });
});

function makeWrapper(width, k, extra) {
  const kw = new Map(k === null ? [] : k.map);
  kw.set("width", width);
  if (extra) for (const [a, b] of extra) kw.set(a, b);
  return callkw(TextWrapper, [], kw);
}

export const wrap = withSig(function wrap(text, width, ...rest) {
  const k = splitkw(rest);
  return makeWrapper(width === undefined ? 70 : width, k).wrap(text);
}, "wrap", ["text", "width"], { defaults: 1, varkw: true });

export const fill = withSig(function fill(text, width, ...rest) {
  const k = splitkw(rest);
  return makeWrapper(width === undefined ? 70 : width, k).fill(text);
}, "fill", ["text", "width"], { defaults: 1, varkw: true });

export const shorten = withSig(function shorten(text, width, ...rest) {
  const k = splitkw(rest);
  const w = makeWrapper(width, k, [["max_lines", 1]]);
  return w.fill(pySplit(text).join(" "));
}, "shorten", ["text", "width"], { varkw: true });

const whitespaceOnlyRe = reCompile("^[ \t]+$", MULTILINE);
const leadingWhitespaceRe = reCompile("(^[ \t]*)(?:[^ \t\n])", MULTILINE);

export function dedent(text) {
  if (typeof text !== "string") throw TypeError(`expected string or bytes-like object, got '${typename(text)}'`);
  let margin = null;
  text = whitespaceOnlyRe.sub("", text);
  for (const ind of leadingWhitespaceRe.findall(text)) {
    if (margin === null) margin = ind;
    else if (ind.startsWith(margin)) {
      // current line more deeply indented than the margin
    } else if (margin.startsWith(ind)) {
      margin = ind;
    } else {
      let i = 0;
      while (i < margin.length && i < ind.length && margin[i] === ind[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  if (margin) text = reCompile("(?m)^" + margin).sub("", text);
  return text;
}

export const indent = withSig(function indent(text, prefix, predicate) {
  const pred = predicate === undefined || predicate === null
    ? (line) => pyStrip(line) !== ""
    : (line) => truthy(callkw(predicate, [line], new Map()));
  let out = "";
  for (const line of splitlinesKeep(text)) out += pred(line) ? prefix + line : line;
  return out;
}, "indent", ["text", "prefix", "predicate"], { defaults: 1 });

