// The traceback printer: CPython-style reports of exceptions (frames from source-mapped JS
// stacks, source lines, caret lines, "Did you mean" suggestions). Not part of the core bundle:
// `main` (rt/core.mjs) imports it dynamically for an uncaught exception, so a program that ends
// normally never loads it; `_pyjs.mjs` (the `traceback` module's bridge) imports it statically.

import { classOf, isinstance, AttributeError, NameError, RecursionError, TypeError, dir_, recursion_limit } from "./rt/object.mjs";
import { to_str, entryInfo } from "./rt/core.mjs";

const isNode = globalThis.process?.versions?.node !== undefined;
const fs = isNode ? (globalThis.process.getBuiltinModule?.("node:fs") ?? (await import("node:fs"))) : null;

/** The full CPython-style report of an exception and its chain. */
export function format_exception(e) {
  const out = [];
  formatChain(e, { seen: new Set(), depth: 0, needClose: false }, out, null);
  return out.join("");
}

/** Emit `text` (lines ending in "\n") at the current exception-group depth, as traceback.py does. */
function emitText(ctx, out, text, margin = "|") {
  let indent = " ".repeat(2 * ctx.depth);
  if (ctx.depth > 0) indent += margin + " ";
  else if (indent === "") {
    out.push(text);
    return;
  }
  for (const line of text.split(/(?<=\n)/)) out.push(indent + line);
}

/** CPython's `TracebackException.format`: the chain oldest first, exception groups nested. */
function formatChain(e, ctx, out, outerFrames) {
  const chain = [];
  let cur = e;
  let frames = outerFrames;
  // [message, exception, frames shown] from the newest; causes are trimmed to the handling frame.
  while (cur != null && !ctx.seen.has(cur)) {
    ctx.seen.add(cur);
    // An exception that was never raised (a cause or group member made in place) has no frames.
    const all = cur.__traceback__ === null ? [] : framesOf(cur);
    const shown = frames === null ? all : handledPart(all, frames);
    const cause = cur.__cause__;
    const context = cur.__context__;
    let msg = null;
    let next = null;
    if (cause != null) {
      msg = "\nThe above exception was the direct cause of the following exception:\n\n";
      next = cause;
    } else if (context != null && !cur.__suppress_context__) {
      msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
      next = context;
    }
    chain.push([msg, cur, shown]);
    if (next !== null && ctx.seen.has(next)) next = null;
    if (next === null) chain[chain.length - 1][0] = null;
    // Its cause or context was handled during its first raise (not a later `raise e`).
    frames = cur.$retb === undefined ? all : framesOf(cur, true);
    cur = next;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, x, shown] = chain[i];
    if (msg !== null) emitText(ctx, out, msg);
    const isGroup = x.$group === true;
    if (!isGroup) {
      if (shown.length > 0) emitText(ctx, out, "Traceback (most recent call last):\n" + formatFrames(shown));
      emitText(ctx, out, exceptionLine(x));
    } else {
      const top = ctx.depth === 0;
      if (top) ctx.depth++;
      if (shown.length > 0) {
        emitText(ctx, out, "Exception Group Traceback (most recent call last):\n", top ? "+" : "|");
        emitText(ctx, out, formatFrames(shown));
      }
      emitText(ctx, out, exceptionLine(x));
      const subs = Array.from(x.exceptions);
      const n = subs.length <= 15 ? subs.length : 16;
      ctx.needClose = false;
      for (let k = 0; k < n; k++) {
        const last = k === n - 1;
        if (last) ctx.needClose = true;
        const truncated = k >= 15;
        out.push(" ".repeat(2 * ctx.depth) + (k === 0 ? "+-" : "  ") + `+---------------- ${truncated ? "..." : k + 1} ----------------\n`);
        ctx.depth++;
        if (!truncated) {
          formatChain(subs[k], ctx, out, framesOf(x));
        } else {
          const rem = subs.length - 15;
          emitText(ctx, out, `and ${rem} more exception${rem > 1 ? "s" : ""}\n`);
        }
        if (last && ctx.needClose) {
          out.push(" ".repeat(2 * ctx.depth) + "+------------------------------------\n");
          ctx.needClose = false;
        }
        ctx.depth--;
      }
      if (top) ctx.depth = 0;
    }
  }
}

/**
 * The frames of a chained exception that CPython shows: from the frame that handled it (the
 * last frame it shares with the exception raised while handling it) inwards.
 */
export function handledPart(frames, outer) {
  let k = 0;
  while (k < frames.length && k < outer.length && frames[k].file === outer[k].file && frames[k].name === outer[k].name) {
    k++;
    if (frames[k - 1].line !== outer[k - 1].line) break;
  }
  return k === 0 ? frames : frames.slice(k - 1);
}

function formatFrames(frames) {
  let out = "";
  let prev = null;
  let repeats = 0;
  const flushRepeats = () => {
    if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? "" : "s"}]\n`;
  };
  for (const f of frames) {
    const same = prev !== null && f.file === prev.file && f.line === prev.line && f.name === prev.name;
    if (same) {
      repeats++;
      if (repeats > 3) continue;
    } else {
      flushRepeats();
      repeats = 1;
    }
    prev = f;
    out += `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
    const src = sourceLine(f.paths, f.line);
    if (src) out += `    ${src}\n` + caretLine(f);
  }
  flushRepeats();
  return out;
}

/**
 * CPython 3.11's "Did you mean" for an AttributeError raised by attribute lookup: the closest
 * name in `dir(obj)` (Python/suggestions.c: a Levenshtein distance where a case change costs 1
 * and any other edit 2, at most a third of the characters involved).
 */
function attributeSuggestion(e) {
  const name = e.name$;
  if (typeof name !== "string" || !isinstance(e, AttributeError) || !("obj" in e)) return null;
  let dir;
  try {
    dir = dir_(e.obj);
  } catch {
    return null;
  }
  if (!Array.isArray(dir) || dir.length >= 750) return null;
  let best = null, bestDistance = Infinity;
  for (const item of dir) {
    if (typeof item !== "string" || item === name) continue;
    const max = Math.min(Math.floor(((name.length + item.length + 3) * 2) / 6), bestDistance - 1);
    const d = levenshtein(name, item, max);
    if (d > max) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function substitutionCost(a, b) {
  if ((a & 31) !== (b & 31)) return 2;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? 1 : 2;
}

function levenshtein(a, b, maxCost) {
  let lo = 0, ah = a.length, bh = b.length;
  while (lo < ah && lo < bh && a[lo] === b[lo]) lo++;
  while (ah > lo && bh > lo && a[ah - 1] === b[bh - 1]) {
    ah--;
    bh--;
  }
  a = a.slice(lo, ah);
  b = b.slice(lo, bh);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * 2;
  if (a.length > 40 || b.length > 40) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * 2 > maxCost) return maxCost + 1;
  const row = [];
  for (let i = 0; i < a.length; i++) row.push((i + 1) * 2);
  let result = 0;
  for (let j = 0; j < b.length; j++) {
    const code = b.charCodeAt(j);
    let distance = (result = j * 2);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a.charCodeAt(i));
      distance = row[i];
      result = Math.min(Math.min(result, distance) + 2, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** `ValueError: message` (just the name when the message is empty), then notes. */
export function exceptionLine(e) {
  const C = classOf(e);
  const mod = C.__module__;
  const name = mod === "builtins" || mod === "__main__" ? C.__qualname__ : `${mod}.${C.__qualname__}`;
  let msg;
  try {
    msg = to_str(e);
  } catch {
    msg = "<exception str() failed>";
  }
  // A NameError's hint was computed by the compiler (glue.mjs `name_error`).
  const hint = typeof e.$hint === "string" && isinstance(e, NameError) ? e.$hint : attributeSuggestion(e);
  if (hint !== null) msg += `. Did you mean: '${hint}'?`;
  let out = msg === "" ? `${name}\n` : `${name}: ${msg}\n`;
  const notes = e.__notes__;
  if (Array.isArray(notes)) for (const n of notes) out += to_str(n) + "\n";
  return out;
}

/** The Python frames of an exception, outermost first: `{file, path, line, name}`. */
export { caretLine };

let entryUrl;

function entryModuleUrl() {
  // The probe's second frame is the entry module's body (the first is `main` itself).
  if (entryUrl === undefined) entryUrl = (entryInfo()[0]?.stack ?? "").split("\n").map(parseFrame).filter((f) => f !== null)[1]?.url ?? null;
  return entryUrl;
}

export function framesOf(e, original = false) {
  const stack = e.$tb?.stack;
  if (typeof stack !== "string") return [];
  let out = stackFrames(stack);
  if (original) return framesFixed(e, out);
  // A caught exception raised again by `raise e` (rt/object.mjs `raise_` records each such raise's
  // stack in `$retb`): CPython's traceback grows by the frames of the new raise, down to the
  // raising line, followed by the old entries from the frame that caught it inwards. Where it was
  // caught is not recorded: taken to be the raising frame when the old stack has that function at
  // the same depth (`except E as e: ... raise e`, a retry loop's `raise last`), else the last
  // frame the two stacks share (a helper that raises what its caller caught).
  for (const r of e.$retb ?? []) {
    const now = stackFrames(r.stack ?? "").reverse();
    if (now.length === 0) continue;
    out.reverse();
    const d = now.length - 1;
    const same = (a, b) => a !== undefined && b !== undefined && a.file === b.file && a.name === b.name;
    let k = d;
    if (!same(out[d], now[d])) {
      k = 0;
      while (k < d && same(out[k], now[k])) k++;
      k = Math.max(k - 1, 0);
    }
    out = [...now, ...out.slice(k)].reverse();
  }
  return framesFixed(e, out);
}

/** A JS stack's Python frames, innermost first. */
function stackFrames(stack) {
  const out = [];
  for (const text of stack.split("\n")) {
    const f = parseFrame(text);
    if (f === null) continue;
    // A dataclass `__init__`'s line (dataclasses.mjs `lineFrame`): CPython's exec'd source.
    const dc = /(?:^|\.)dc\$L(\d+)$/.exec(f.name ?? "");
    if (dc !== null) {
      out.push({ file: "<string>", paths: [], line: +dc[1], name: "__init__" });
      continue;
    }
    const m = sourceMapFor(f.url);
    if (m === null) continue;
    const pos = m.lookup(f.line, f.col);
    if (pos === null) continue;
    const entryFile = entryInfo()[1];
    const file = f.url === entryModuleUrl() && entryFile !== null ? entryFile : (m.file ?? pos.source);
    // The source line is read from the file CPython would name, else from the path given to the
    // compiler (relative to where it ran, or to the map).
    const paths = [file, pos.source, m.dir + pos.source];
    out.push({ file, paths, line: pos.line, col: pos.col, end: pos.end, name: pyFunctionName(f.name) });
  }
  return out;
}

/** The frames CPython shows for `e`, outermost first, from its frames innermost first. */
function framesFixed(e, out) {
  // A method call whose attribute lookup failed (`x.upper()` on an int): CPython marks the
  // attribute, not the call.
  if (out.length > 0 && typeof e.name$ === "string" && isinstance(e, AttributeError)) out[0].attr = e.name$;
  out.reverse();
  // A call's arguments that do not fit the signature: pyjs checks them inside the function (its
  // `def` line), CPython before the frame exists.
  const last = out[out.length - 1];
  if (last !== undefined && isinstance(e, TypeError)) {
    const m = /^\s*(?:async\s+)?def\s+([\p{L}\p{N}_]+)/u.exec(rawSourceLine(last.paths, last.line) ?? "");
    if (m !== null && m[1] === last.name) out.pop();
  }
  // The frame that called a list, set or dict comprehension's function: CPython's position is
  // the whole comprehension (the call of its code object), not the iterable passed to it.
  for (let i = 0; i + 1 < out.length; i++) {
    const inner = out[i + 1];
    if (COMP_FRAMES.has(inner.name) && inner.file === out[i].file && inner.line === out[i].line) {
      const span = comprehensionSpan(rawSourceLine(inner.paths, inner.line), inner.col ?? (inner.end ?? 0) - 1);
      if (span !== null) {
        [out[i].col, out[i].end] = span;
        delete out[i].attr;
      }
    }
  }
  // A RecursionError from JS stack overflow (tens of thousands of frames deep): CPython raises
  // it when the depth passes sys.getrecursionlimit(), so show only that many outermost frames.
  if (e.$tb instanceof RangeError && isinstance(e, RecursionError) && out.length > recursion_limit()) out.length = recursion_limit();
  return out;
}

const FRAME_RE = /^\s*at (?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/;
const FRAME_RE_FF = /^(.*?)@(.*?):(\d+):(\d+)$/;

/** One stack line (V8's `at name (url:line:col)`, or Firefox's and Safari's
 * `name@url:line:col`): `{name, url, line, col}` or null. */
function parseFrame(text) {
  const m = FRAME_RE.exec(text);
  if (m !== null) return { name: m[1] ?? null, url: m[2], line: +m[3], col: +m[4] };
  const f = FRAME_RE_FF.exec(text);
  if (f === null) return null;
  return { name: f[1] === "" ? null : f[1], url: f[2], line: +f[3], col: +f[4] };
}

/** The text of a file (Node), or of a URL in a browser (a synchronous request: tracebacks read
 * source maps and the .py files beside the served program), or null. */
function readTextSync(path) {
  try {
    if (isNode) return fs.existsSync(path) ? fs.readFileSync(path, "utf8") : null;
    const XHR = globalThis.XMLHttpRequest;
    if (XHR === undefined) return null;
    const r = new XHR();
    r.open("GET", path, false);
    r.send();
    return r.status >= 200 && r.status < 300 ? r.responseText : null;
  } catch {
    return null;
  }
}

const COMP_FRAMES = new Set(["<listcomp>", "<setcomp>", "<dictcomp>"]);
const SPECIAL_FRAMES = new Set(["lambda", "listcomp", "setcomp", "dictcomp", "genexpr"]);

/** The Python name of a compiled JS function, from its stack-trace name. */
function pyFunctionName(jsName) {
  if (jsName === null || jsName === "<anonymous>") return "<module>";
  // An imported module's body (`$pyjs_init`, no Python name can start with `$`).
  if (jsName.endsWith("$pyjs_init")) return "<module>";
  let n = jsName.replace(/^(async |new )/, "").replace(/ \[as [^\]]*\]$/, "");
  n = n.slice(n.lastIndexOf(".") + 1).replace(/\$+$/, "");
  if (n === "" || n === "<anonymous>") return "<module>";
  return SPECIAL_FRAMES.has(n) ? `<${n}>` : n;
}

const maps = new Map();

/** The decoded source map of a compiled module (`x.mjs.map` beside it), or null. */
function sourceMapFor(url) {
  if (maps.has(url)) return maps.get(url);
  let m = null;
  try {
    const path = isNode && url.startsWith("file://") ? decodeURIComponent(new URL(url).pathname) : url;
    const text = path.endsWith(".mjs") ? readTextSync(path + ".map") : null;
    if (text !== null) m = new SourceMap(JSON.parse(text), path.slice(0, path.lastIndexOf("/") + 1));
  } catch {
    m = null;
  }
  maps.set(url, m);
  return m;
}

const B64 = new Map([..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].map((c, i) => [c, i]));

/** A source map (version 3), decoded into per-line segments `[col, source, line, col]`. */
class SourceMap {
  constructor(json, dir) {
    const root = json.sourceRoot ?? "";
    this.ends = json.sources.map((s) => s.endsWith("#end"));
    this.sources = json.sources.map((s) => (root === "" ? s : root.replace(/\/?$/, "/") + s).replace(/#end$/, ""));
    this.dir = dir;
    this.file = typeof json.x_pyjs_file === "string" ? json.x_pyjs_file : null;
    this.lines = decodeMappings(json.mappings);
  }

  /** Python position of 1-based JS line and column: `{source, line, col, end}` or null. */
  lookup(line, col) {
    const segs = this.lines[line - 1] ?? [];
    let bi = -1;
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i];
      if (s.length < 4) continue;
      if (s[0] <= col - 1 || bi < 0) bi = i;
      if (s[0] > col - 1) break;
    }
    if (bi >= 0) return this.resolve(segs, bi);
    // A line with no mapped code (the `})(xs)` calling a comprehension's function): the last
    // mapped position before it, which is inside the same Python expression.
    for (let l = line - 2; l >= 0; l--) {
      const prev = this.lines[l];
      if (prev === undefined) continue;
      let last = -1;
      for (let i = 0; i < prev.length; i++) if (prev[i].length >= 4) last = i;
      if (last < 0) continue;
      const pos = this.resolve(prev, last);
      return { source: pos.source, line: pos.line, col: pos.col };
    }
    return null;
  }

  /**
   * The position of segment `i` of a line. A segment into a `NAME#end` source (the compiler's
   * end positions, `emit::END_SUFFIX`) at the same JS column as one into the file gives the end
   * of the expression starting there (an expression's helper call maps end then start, a
   * statement's start then end: `Lowerer::call_sp`/`call_sp_stmt`); a lone end (its start was
   * dropped at the start of a JS line) stands for the primary expression ending there (`col: null`).
   */
  resolve(segs, i) {
    const s = segs[i];
    const p = i > 0 && segs[i - 1].length >= 4 && segs[i - 1][0] === s[0] && segs[i - 1][2] === s[2] ? segs[i - 1] : null;
    if (!this.ends[s[1]]) {
      const end = p !== null && this.ends[p[1]] ? p[3] : undefined;
      return { source: this.sources[s[1]], line: s[2] + 1, col: s[3], end };
    }
    if (p !== null && !this.ends[p[1]]) return { source: this.sources[p[1]], line: p[2] + 1, col: p[3], end: s[3] };
    return { source: this.sources[s[1]], line: s[2] + 1, col: null, end: s[3] };
  }
}

function decodeMappings(mappings) {
  const lines = [];
  let segs = [];
  let col = 0;
  let src = 0;
  let sline = 0;
  let scol = 0;
  const vals = [];
  let i = 0;
  const endSegment = () => {
    if (vals.length === 0) return;
    col += vals[0];
    if (vals.length >= 4) {
      src += vals[1];
      sline += vals[2];
      scol += vals[3];
      segs.push([col, src, sline, scol]);
    } else {
      segs.push([col]);
    }
    vals.length = 0;
  };
  while (i < mappings.length) {
    const c = mappings[i];
    if (c === "," || c === ";") {
      endSegment();
      if (c === ";") {
        lines.push(segs);
        segs = [];
        col = 0;
      }
      i++;
      continue;
    }
    let v = 0;
    let shift = 0;
    let digit;
    do {
      digit = B64.get(mappings[i++]);
      v += (digit & 31) * 2 ** shift;
      shift += 5;
    } while (digit & 32);
    vals.push(v % 2 === 1 ? -(v - 1) / 2 : v / 2);
  }
  endSegment();
  lines.push(segs);
  return lines;
}

const sources = new Map();

/** Line `n` of the first readable of these Python files, stripped, or null. */
/** The raw text of line `n` (1-based) of the first readable file of `paths`, or null. */
function rawSourceLine(paths, n) {
  sourceLine(paths, n);
  for (const path of paths) {
    const lines = sources.get(path);
    if (lines !== null && lines !== undefined) return lines[n - 1] ?? null;
  }
  return null;
}

/** `[start, end]` of the innermost comprehension on `line` containing column `ref`, or null. */
function comprehensionSpan(line, ref) {
  if (line === null || ref < 0) return null;
  for (let j = Math.min(ref, line.length - 1); j >= 0; j--) {
    if (line[j] !== "[" && line[j] !== "{") continue;
    const e = skipGroup(line, j);
    if (e <= ref) continue;
    const t = segmentTokens(line.slice(j + 1, e - 1));
    if (t !== null && t.some((x) => x.v === "for")) return [j, e];
  }
  return null;
}

const STMT_KEYWORDS = new Set([
  "return", "assert", "del", "if", "elif", "else", "while", "for", "with", "async", "await", "yield", "import",
  "from", "global", "nonlocal", "pass", "break", "continue", "try", "except", "finally", "class", "def", "lambda",
  "not", "and", "or", "in", "is", "match", "case", "print",
]);

/** The end of the string literal starting at `i` (prefix included), or -1. */
function skipString(line, i) {
  let j = i;
  while (j < line.length && /[rRbBfFuU]/.test(line[j])) j++;
  const q = line[j];
  if (q !== "'" && q !== '"') return -1;
  const triple = line.startsWith(q.repeat(3), j);
  const close = triple ? q.repeat(3) : q;
  j += close.length;
  const raw = /[rR]/.test(line.slice(i, j));
  while (j < line.length) {
    if (line[j] === "\\" && !raw) {
      j += 2;
      continue;
    }
    if (line.startsWith(close, j)) return j + close.length;
    j++;
  }
  return -1;
}

/** The end of the bracket group opening at `i`, or -1 if it does not close on the line. */
function skipGroup(line, i) {
  const stack = [];
  let j = i;
  while (j < line.length) {
    const c = line[j];
    if (c === "(" || c === "[" || c === "{") stack.push(c === "(" ? ")" : c === "[" ? "]" : "}");
    else if (c === ")" || c === "]" || c === "}") {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return j + 1;
    } else if (c === "'" || c === '"') {
      const e = skipString(line, j);
      if (e < 0) return -1;
      j = e;
      continue;
    } else if (c === "#") return -1;
    j++;
  }
  return -1;
}

/**
 * CPython 3.11's position line under a traceback's source line (`    ~~~^^^^^`), from the column
 * the source map gives for the frame: the primary expression starting there (name or literal
 * with its calls, attributes and subscripts; a subscript gets `~` under its value), or a
 * `raise` statement. "" when there is none to show (the expression is the whole line, or the
 * column is that of a statement pyjs cannot narrow down).
 */
function caretLine(f) {
  // `assert`/`raise` statements keep their own carets (below), whatever helper call raised.
  const srcLine = rawSourceLine(f.paths, f.line) ?? "";
  const from = f.col ?? srcLine.length - srcLine.trimStart().length;
  if (/^(assert|raise)\b/.test(srcLine.slice(from))) f = { ...f, col: from, end: undefined };
  // An f-string: CPython 3.11 reports an error raised while formatting one of its fields
  // (`__format__`, `__str__`) on the whole f-string, where the compiler puts that call.
  if (typeof f.col === "number" && /^[rR]?[fF][rR]?['"]/.test(srcLine.slice(f.col))) {
    const body = srcLine.replace(/\s+$/, "");
    const lead = body.length - body.trimStart().length;
    const j = skipString(body, f.col);
    if (j > f.col) {
      if (j - f.col >= body.length - lead) return "";
      return `    ${" ".repeat(dw(body.slice(lead, f.col)))}${"^".repeat(dw(body.slice(f.col, j)))}\n`;
    }
  }
  if (typeof f.end === "number") {
    const marks = spanCarets(f);
    if (marks !== null) return marks;
  }
  if (typeof f.col !== "number") return "";
  const line = rawSourceLine(f.paths, f.line);
  if (line === null) return "";
  const body = line.replace(/\s+$/, "");
  const lead = body.length - body.trimStart().length;
  const strippedLen = body.length - lead;
  let start = f.col;
  if (start < lead || start >= body.length) return "";
  let end;
  let left = -1;
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(start));
  if (word !== null && word[0] === "return") {
    return binopCarets(body, start + 6, lead, strippedLen);
  }
  if (word !== null && word[0] === "assert") {
    // The test expression, up to a top-level comma.
    let i = start + 6;
    while (body[i] === " ") i++;
    let j = i;
    while (j < body.length && body[j] !== "," && body[j] !== "#") {
      const c = body[j];
      if (c === "(" || c === "[" || c === "{") j = skipGroup(body, j);
      else if (c === "'" || c === '"') j = skipString(body, j);
      else j++;
      if (j < 0) return "";
    }
    const text = body.slice(i, j).replace(/\s+$/, "");
    if (text === "") return "";
    return `    ${" ".repeat(dw(body.slice(lead, i)))}${"^".repeat(dw(text))}\n`;
  }
  if (word !== null && word[0] === "raise") {
    const hash = body.indexOf("#", start);
    end = hash < 0 ? body.length : body.slice(0, hash).replace(/\s+$/, "").length;
  } else {
    if (word !== null && (STMT_KEYWORDS.has(word[0]) || word[0] === "True" || word[0] === "False" || word[0] === "None")) return "";
    let j;
    const c = body[start];
    if (word !== null) {
      j = start + word[0].length;
      if (body[j] === "'" || body[j] === '"') j = skipString(body, start);
    } else if (c === "'" || c === '"') j = skipString(body, start);
    else if (c === "(" || c === "[" || c === "{") j = skipGroup(body, start);
    else if (/[0-9]/.test(c)) j = start + /^[0-9_.]*/.exec(body.slice(start))[0].length;
    else return "";
    let trailers = 0;
    let multiline = j < 0;
    while (!multiline) {
      const t = body[j];
      if (t === ".") {
        const w = /^\.\s*[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(j));
        if (w === null) break;
        left = -1;
        j += w[0].length;
      } else if (t === "(" || t === "[") {
        const e = skipGroup(body, j);
        if (e < 0) {
          multiline = true;
          break;
        }
        left = t === "[" ? j : -1;
        j = e;
      } else break;
      trailers++;
    }
    if (multiline) {
      end = body.length;
      left = -1;
    } else {
      // A bare name or literal, or an assignment target: the column is a statement's.
      const rest = body.slice(j).trimStart();
      if (/^=(?!=)/.test(rest)) return binopCarets(body, body.length - rest.length + 1, lead, strippedLen);
      if (trailers === 0) return binopCarets(body, start, lead, strippedLen);
      if (trailers === 0 || /^([-+*/%&|^@:]=|\/\/=|\*\*=|>>=|<<=|:(?!=))/.test(rest)) return "";
      end = j;
    }
  }
  let anchored = left >= 0;
  // `yield from g()`: the frame's position is the whole `yield from` expression.
  const yf = /yield\s+from\s+$/.exec(body.slice(0, f.col));
  if (yf !== null) {
    start = yf.index;
    anchored = false;
  }
  if (!(end - start < strippedLen || anchored)) return "";
  const pad = " ".repeat(dw(body.slice(lead, start)));
  const marks = anchored
    ? "~".repeat(dw(body.slice(start, left))) + "^".repeat(dw(body.slice(left, end)))
    : "^".repeat(dw(body.slice(start, end)));
  return `    ${pad}${marks}\n`;
}

// East Asian Wide/Fullwidth code points (Unicode 14.0, CPython 3.11's unicodedata; unassigned
// code points between two wide ranges are merged in), as hex ranges.
const WIDE_RAW = "1100-115f,231a-231b,2329-232a,23e9-23ec,23f0,23f3,25fd-25fe,2614-2615,2648-2653,267f,2693,26a1,26aa-26ab,26bd-26be,26c4-26c5,26ce,26d4,26ea,26f2-26f3,26f5,26fa,26fd,2705,270a-270b,2728,274c,274e,2753-2755,2757,2795-2797,27b0,27bf,2b1b-2b1c,2b50,2b55,2e80-303e,3041-3247,3250-4dbf,4e00-a4c6,a960-a97c,ac00-d7a3,f900-fad9,fe10-fe19,fe30-fe6b,ff01-ff60,ffe0-ffe6,16fe0-1b2fb,1f004,1f0cf,1f18e,1f191-1f19a,1f200-1f320,1f32d-1f335,1f337-1f37c,1f37e-1f393,1f3a0-1f3ca,1f3cf-1f3d3,1f3e0-1f3f0,1f3f4,1f3f8-1f43e,1f440,1f442-1f4fc,1f4ff-1f53d,1f54b-1f54e,1f550-1f567,1f57a,1f595-1f596,1f5a4,1f5fb-1f64f,1f680-1f6c5,1f6cc,1f6d0-1f6d2,1f6d5-1f6df,1f6eb-1f6ec,1f6f4-1f6fc,1f7e0-1f7f0,1f90c-1f93a,1f93c-1f945,1f947-1f9ff,1fa70-1faf6,20000-3134a";
let wideTable = null;
function isWide(cp) {
  if (cp < 0x1100) return false;
  if (wideTable === null) {
    wideTable = WIDE_RAW.split(",").map((r) => {
      const [a, b] = r.split("-");
      return [parseInt(a, 16), parseInt(b ?? a, 16)];
    });
  }
  let lo = 0;
  let hi = wideTable.length - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (cp < wideTable[m][0]) hi = m - 1;
    else if (cp > wideTable[m][1]) lo = m + 1;
    else return true;
  }
  return false;
}

/**
 * The columns `s` takes on a terminal, as CPython 3.11's traceback counts them for caret lines
 * (`traceback._display_width`): one per code point, two for East Asian Wide and Fullwidth ones.
 * Caret positions below are UTF-16 indices into the line; this converts the lengths printed.
 */
function dw(s) {
  if (/^[\x00-\x7f]*$/.test(s)) return s.length;
  let n = 0;
  for (const ch of s) n += isWide(ch.codePointAt(0)) ? 2 : 1;
  return n;
}

/**
 * CPython 3.11's caret line for a frame whose expression's start and end the compiler recorded
 * (`f.col`, `f.end`; a `null` start is the statement's): `^` under the expression unless it is
 * the whole line, and for a binary operation or a subscript `~` under the operands and `^` under
 * the operator or the brackets, shown even when the expression is the whole line
 * (`traceback._extract_caret_anchors_from_line_segment`). null when the span does not fit the line.
 */
function spanCarets(f) {
  const line = rawSourceLine(f.paths, f.line);
  if (line === null) return null;
  const body = line.replace(/\s+$/, "");
  const lead = body.length - body.trimStart().length;
  const strippedLen = body.length - lead;
  let end = f.end;
  const start0 = f.col ?? primaryStart(body, end);
  if (start0 < 0) return null;
  let start = start0;
  if (!(start >= lead && end > start && end <= body.length)) return null;
  // The parser's range of an operation may leave out the parentheses around an operand, which
  // CPython's includes: widen the span until its brackets balance.
  let depth = 0;
  let low = 0;
  for (let j = start; j < end; j++) {
    const c = body[j];
    if (c === "'" || c === '"') {
      const e = skipString(body, j);
      if (e < 0 || e > end) return null;
      j = e - 1;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") low = Math.min(low, --depth);
  }
  for (let need = -low, d = 0; need > 0; ) {
    if (--start < lead) return null;
    const c = body[start];
    if (c === ")" || c === "]" || c === "}") d++;
    else if (c === "(" || c === "[" || c === "{") {
      if (d === 0) need--;
      else d--;
    }
  }
  for (let need = depth - low; need > 0; end++) {
    if (end >= body.length) return null;
    const c = body[end];
    if (c === "(" || c === "[" || c === "{") need++;
    else if (c === ")" || c === "]" || c === "}") need--;
  }
  if (f.attr !== undefined) {
    const t = segmentTokens(body.slice(start, end));
    const n = t === null ? 0 : t.length;
    if (n >= 3 && t[n - 1].v === "(" && t[n - 2].v === f.attr && t[n - 3].v === ".") end = start + t[n - 2].e;
  }
  // `yield from g()`: a generator suspended there reports the whole `yield from` expression.
  const yf = /yield\s+from\s+$/.exec(body.slice(0, start));
  if (yf !== null) start = yf.index;
  const anchors = yf === null ? segmentAnchors(body.slice(start, end)) : null;
  if (!(end - start < strippedLen || anchors !== null)) return "";
  const pad = " ".repeat(dw(body.slice(lead, start)));
  const seg = body.slice(start, end);
  if (anchors === null) return `    ${pad}${"^".repeat(dw(seg))}\n`;
  const [l, r] = anchors;
  return `    ${pad}${"~".repeat(dw(seg.slice(0, l)))}${"^".repeat(dw(seg.slice(l, r)))}${"~".repeat(dw(seg.slice(r)))}\n`;
}

/** The start of the primary expression (names, dots, brackets) ending at `end`, or -1. */
function primaryStart(body, end) {
  let i = end;
  while (i > 0) {
    const c = body[i - 1];
    if (c === ")" || c === "]" || c === "}") {
      let d = 0;
      let j = i - 1;
      for (; j >= 0; j--) {
        const b = body[j];
        if (b === ")" || b === "]" || b === "}") d++;
        else if (b === "(" || b === "[" || b === "{") {
          if (--d === 0) break;
        }
      }
      if (j < 0) return -1;
      i = j;
    } else if (/[\p{L}\p{N}_.'"]/u.test(c)) i--;
    else break;
  }
  return i < end ? i : -1;
}

const SEG_OPS = ["**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", ".", ",", ":", "=", ";"];
const BIN_PREC = { "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "/": 6, "//": 6, "%": 6, "@": 6, "**": 8 };
const SEG_KEYWORDS = new Set(["and", "or", "not", "if", "else", "lambda", "for", "in", "is", "yield", "await", "async", "from"]);

/** The top-level tokens of an expression's text (a bracketed group is one token), or null. */
function segmentTokens(seg) {
  const toks = [];
  let i = 0;
  while (i < seg.length) {
    const c = seg[i];
    if (c === " " || c === "\t") {
      i++;
      continue;
    }
    if (c === "#" || c === ")" || c === "]" || c === "}" || c === "\\") return null;
    if (c === "(" || c === "[" || c === "{") {
      const e = skipGroup(seg, i);
      if (e < 0) return null;
      toks.push({ k: "group", s: i, e, v: c });
      i = e;
      continue;
    }
    if (c === "'" || c === '"') {
      const e = skipString(seg, i);
      if (e < 0) return null;
      toks.push({ k: "atom", s: i, e });
      i = e;
      continue;
    }
    const w = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/u.exec(seg.slice(i));
    if (w !== null) {
      const q = seg[i + w[0].length];
      if ((q === "'" || q === '"') && /^[rbfuRBFU]{1,2}$/.test(w[0])) {
        const e = skipString(seg, i);
        if (e < 0) return null;
        toks.push({ k: "atom", s: i, e });
        i = e;
        continue;
      }
      toks.push({ k: SEG_KEYWORDS.has(w[0]) ? "kw" : "atom", s: i, e: i + w[0].length, v: w[0] });
      i += w[0].length;
      continue;
    }
    const n = /^(?:0[xXoObB][0-9a-fA-F_]+|(?:[0-9][0-9_]*\.?[0-9_]*|\.[0-9][0-9_]*)(?:[eE][+-]?[0-9_]+)?[jJ]?)/.exec(seg.slice(i));
    if (n !== null && n[0] !== "") {
      toks.push({ k: "atom", s: i, e: i + n[0].length });
      i += n[0].length;
      continue;
    }
    const op = SEG_OPS.find((o) => seg.startsWith(o, i));
    if (op === undefined) return null;
    toks.push({ k: "op", s: i, e: i + op.length, v: op });
    i += op.length;
  }
  return toks;
}

/** Whether `text` (trimmed) is one parenthesized expression that is no tuple or generator. */
function pureParens(text) {
  const t = segmentTokens(text);
  if (t === null || t.length !== 1 || t[0].v !== "(") return false;
  const inner = segmentTokens(text.slice(1, -1));
  return inner !== null && inner.length > 0 && !inner.some((x) => x.v === "," || x.v === "for" || x.v === "yield");
}

/**
 * CPython's anchors inside an expression's text: for a binary operation the operator (after
 * the left operand, skipping spaces and `)`), for a subscript its brackets; `[left, right]`
 * offsets or null (anything else, or text that is no single expression).
 */
function segmentAnchors(seg) {
  const toks = segmentTokens(seg);
  if (toks === null || toks.length === 0) return null;
  const ops = [];
  let operand = false;
  let unaryFirst = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!operand) {
      if (t.k === "op" && (t.v === "+" || t.v === "-" || t.v === "~")) {
        if (ops.length === 0) unaryFirst = true;
        continue;
      }
      if (t.k === "atom" || t.k === "group") {
        operand = true;
        continue;
      }
      return null;
    }
    if (t.k === "group" && t.v !== "{") continue;
    if (t.k === "op" && t.v === "." && toks[i + 1]?.k === "atom") {
      i++;
      continue;
    }
    if (t.k === "op" && BIN_PREC[t.v] !== undefined) {
      ops.push(t);
      operand = false;
      continue;
    }
    return null;
  }
  if (!operand) return null;
  if (ops.length === 0) {
    const last = toks[toks.length - 1];
    if (unaryFirst || last.v !== "[" || toks.length < 2) return null;
    return [last.s, last.e];
  }
  let top = ops[0];
  for (const o of ops) {
    const p = BIN_PREC[o.v];
    const q = BIN_PREC[top.v];
    if (p < q || (p === q && p !== 8)) top = o;
  }
  if (top.v === "**" && unaryFirst) return null;
  let leftEnd = seg.slice(0, top.s).trimEnd().length;
  let leftStart = 0;
  while (pureParens(seg.slice(leftStart, leftEnd))) {
    leftStart++;
    leftEnd--;
    leftEnd = leftStart + seg.slice(leftStart, leftEnd).trimEnd().length;
    leftStart += seg.slice(leftStart, leftEnd).length - seg.slice(leftStart, leftEnd).trimStart().length;
  }
  let rightStart = top.e + (seg.slice(top.e).length - seg.slice(top.e).trimStart().length);
  let rightEnd = seg.length;
  while (pureParens(seg.slice(rightStart, rightEnd))) {
    rightStart++;
    rightEnd--;
    rightStart += seg.slice(rightStart, rightEnd).length - seg.slice(rightStart, rightEnd).trimStart().length;
    rightEnd = rightStart + seg.slice(rightStart, rightEnd).trimEnd().length;
  }
  const opText = seg.slice(leftEnd, rightStart);
  const offset = opText.length - opText.trimStart().length;
  let l = leftEnd + offset;
  let r = l + 1;
  if (offset + 1 < opText.length && !/\s/.test(opText[offset + 1])) r++;
  while (l < seg.length && (/\s/.test(seg[l]) || seg[l] === ")" || seg[l] === "#")) {
    l++;
    r++;
  }
  return [l, r];
}

/** The end of the primary expression (atom and trailers) at `i`, or -1. */
function skipPrimary(body, i) {
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(i));
  const c = body[i];
  let j;
  if (word !== null) {
    if (STMT_KEYWORDS.has(word[0])) return -1;
    j = i + word[0].length;
    if (body[j] === "'" || body[j] === '"') j = skipString(body, i);
  } else if (c === "'" || c === '"') j = skipString(body, i);
  else if (c === "(" || c === "[" || c === "{") j = skipGroup(body, i);
  else if (c !== undefined && /[0-9]/.test(c)) j = i + /^[0-9_.]*/.exec(body.slice(i))[0].length;
  else return -1;
  while (j >= 0) {
    const t = body[j];
    if (t === ".") {
      const w = /^\.\s*[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(j));
      if (w === null) break;
      j += w[0].length;
    } else if (t === "(" || t === "[") j = skipGroup(body, j);
    else break;
  }
  return j;
}

const BINOPS = ["**", "//", "<<", ">>", "+", "-", "*", "/", "%", "@", "&", "|", "^"];
const COMPARES = ["==", "!=", "<=", ">=", "<", ">", "not in", "is not", "in", "is"];

/**
 * Carets for a statement whose failing operation has no column of its own (`return a / b`,
 * `x = a < b`): the rest of the line from `from` must be `A op B` with primaries A and B.
 * An arithmetic operator gets `~~^~~`, a comparison `^^^^^` (CPython's anchors).
 */
function binopCarets(body, from, lead, strippedLen) {
  let i = from;
  while (body[i] === " ") i++;
  const hash = body.indexOf("#", i);
  const text = (hash < 0 ? body : body.slice(0, hash)).replace(/\s+$/, "");
  const a = skipPrimary(text, i);
  if (a < 0) return "";
  if (a === text.length) {
    // `return <one primary>` (a comprehension, a display): carets under it.
    return a - i < strippedLen ? `    ${" ".repeat(dw(body.slice(lead, i)))}${"^".repeat(dw(text.slice(i, a)))}\n` : "";
  }
  let k = a;
  while (text[k] === " ") k++;
  let op = BINOPS.find((o) => text.startsWith(o, k) && text[k + o.length] !== "=");
  let compare = false;
  if (op === undefined) {
    op = COMPARES.find((o) => text.startsWith(o, k) && (/[a-z]/.test(o) ? text[k + o.length] === " " : true));
    compare = true;
  }
  if (op === undefined || (op === "*" && text[k + 1] === "*") || (op === "/" && text[k + 1] === "/")) return "";
  let b = k + op.length;
  while (text[b] === " ") b++;
  const e = skipPrimary(text, b);
  // B ends the expression: the line, or what closes an enclosing display or comprehension.
  if (e < 0 || !(e === text.length || /^\s*([)\]},:]|for\s|if\s|else\s)/.test(text.slice(e)))) return "";
  const pad = " ".repeat(dw(body.slice(lead, i)));
  if (compare) return e - i < strippedLen ? `    ${pad}${"^".repeat(dw(text.slice(i, e)))}\n` : "";
  return `    ${pad}${"~".repeat(dw(text.slice(i, k)))}${"^".repeat(op.length)}${"~".repeat(dw(text.slice(k + op.length, e)))}\n`;
}

export function sourceLine(paths, n) {
  for (const path of paths) {
    let lines = sources.get(path);
    if (lines === undefined) {
      const text = readTextSync(path);
      lines = text === null ? null : text.split(/\r?\n/);
      sources.set(path, lines);
    }
    if (lines !== null) {
      const l = lines[n - 1];
      return l === undefined ? null : l.trim();
    }
  }
  return null;
}
