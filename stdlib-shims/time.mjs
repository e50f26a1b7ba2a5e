// Python's `time` module (CPython 3.11 on Linux, C locale).
//
// Clocks come from Date, performance.now() and (under Node) process.hrtime / cpuUsage.
// sleep() blocks the thread with Atomics.wait (a busy wait where that is not allowed, as on a
// browser's main thread); inside async code use `await asyncio.sleep(...)` instead.
// strftime follows glibc's strftime in the C locale (including the `-`, `_`, `0`, `^`, `#`
// flags and field widths); strptime is a port of Lib/_strptime.py on top of re.mjs.
//
// Also exports, under `$` names, the calendar helpers and the strftime/strptime cores that
// datetime.mjs shares.

import {
  mkclass, tuple, mktuple, tuple_of, arr, repr, mkfloat, normInt, typename,
  TypeError, ValueError, OverflowError,
} from "./builtins.mjs";
import { withSig } from "./_shim.mjs";
import { compile as reCompile, IGNORECASE as RE_I, escape as reEscape } from "./re.mjs";

export const __name__ = "time";

const proc = globalThis.process;
const isNode = proc?.versions?.node !== undefined;
const perf = globalThis.performance;

// ---------------------------------------------------------------- calendar helpers

export const $DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// DAYS_BEFORE_MONTH[m]: days in the months before month m of a non-leap year.
const DAYS_BEFORE_MONTH = [-1, 0];
for (let m = 2; m <= 12; m++) DAYS_BEFORE_MONTH.push(DAYS_BEFORE_MONTH[m - 1] + $DAYS_IN_MONTH[m - 1]);
export const $MONTHNAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const $DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export function $isLeap(y) {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}
export function $daysInMonth(y, m) {
  return m === 2 && $isLeap(y) ? 29 : $DAYS_IN_MONTH[m];
}
export function $daysBeforeMonth(y, m) {
  return DAYS_BEFORE_MONTH[m] + (m > 2 && $isLeap(y) ? 1 : 0);
}
function daysBeforeYear(y) {
  const y1 = y - 1;
  return y1 * 365 + Math.floor(y1 / 4) - Math.floor(y1 / 100) + Math.floor(y1 / 400);
}
/** Proleptic Gregorian ordinal, 0001-01-01 is day 1. */
export function $ymd2ord(y, m, d) {
  return daysBeforeYear(y) + $daysBeforeMonth(y, m) + d;
}
const DI400Y = daysBeforeYear(401), DI100Y = daysBeforeYear(101), DI4Y = daysBeforeYear(5);
/** [year, month, day] of an ordinal. */
export function $ord2ymd(n) {
  n -= 1;
  const n400 = Math.floor(n / DI400Y);
  n -= n400 * DI400Y;
  let year = n400 * 400 + 1;
  const n100 = Math.floor(n / DI100Y);
  n -= n100 * DI100Y;
  const n4 = Math.floor(n / DI4Y);
  n -= n4 * DI4Y;
  const n1 = Math.floor(n / 365);
  n -= n1 * 365;
  year += n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3);
  let month = (n + 50) >> 5;
  let preceding = DAYS_BEFORE_MONTH[month] + (month > 2 && leap ? 1 : 0);
  if (preceding > n) {
    month -= 1;
    preceding -= $DAYS_IN_MONTH[month] + (month === 2 && leap ? 1 : 0);
  }
  return [year, month, n - preceding + 1];
}
/** Monday of ISO week 1 of `year`, as an ordinal. */
export function $isoWeek1Monday(year) {
  const first = $ymd2ord(year, 1, 1);
  const wd = (first + 6) % 7;
  let monday = first - wd;
  if (wd > 3) monday += 7;
  return monday;
}
/** [isoYear, isoWeek, isoWeekday] of a date. */
export function $isocalendar(y, m, d) {
  let year = y;
  let week1 = $isoWeek1Monday(year);
  const today = $ymd2ord(y, m, d);
  let week = Math.floor((today - week1) / 7);
  let day = (today - week1) % 7;
  if (day < 0) day += 7;
  if (week < 0) {
    year -= 1;
    week1 = $isoWeek1Monday(year);
    week = Math.floor((today - week1) / 7);
    day = ((today - week1) % 7 + 7) % 7;
  } else if (week >= 52 && today >= $isoWeek1Monday(year + 1)) {
    year += 1;
    week = 0;
  }
  return [year, week + 1, day + 1];
}

// ---------------------------------------------------------------- argument helpers

function toNumber(x, what) {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") return Number(x);
  if (x !== null && typeof x === "object" && typeof x.v === "number") return x.v; // PyFloat
  if (x !== null && typeof x === "object" && typeof x.__float__ === "function") return toNumber(x.__float__());
  if (x !== null && typeof x === "object" && typeof x.__index__ === "function") return toNumber(x.__index__());
  throw TypeError(what ?? `'${typename(x)}' object cannot be interpreted as an integer`);
}

function toInt(x) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") return Number(x);
  if (x !== null && typeof x === "object" && typeof x.__index__ === "function") return toInt(x.__index__());
  throw TypeError(`'${typename(x)}' object cannot be interpreted as an integer`);
}

/** A timestamp argument (None means now) as a JS number of seconds. */
function timestampArg(secs) {
  if (secs === undefined || secs === null) return Date.now() / 1000;
  const v = toNumber(secs, `'${typename(secs)}' object cannot be interpreted as an integer`);
  if (Number.isNaN(v)) throw ValueError("Invalid value NaN (not a number)");
  if (!Number.isFinite(v) || Math.abs(v) > 67768036191676799) throw OverflowError("timestamp out of range for platform time_t");
  return v;
}

// ---------------------------------------------------------------- clocks

export function time() {
  const ms = perf?.timeOrigin !== undefined ? perf.timeOrigin + perf.now() : Date.now();
  return mkfloat(ms / 1000);
}

export function time_ns() {
  const ms = perf?.timeOrigin !== undefined ? perf.timeOrigin + perf.now() : Date.now();
  const whole = Math.floor(ms);
  return normInt(BigInt(whole) * 1000000n + BigInt(Math.floor((ms - whole) * 1e6)));
}

function nowNs() {
  if (isNode && proc.hrtime?.bigint) return proc.hrtime.bigint();
  const ms = perf ? perf.now() : Date.now();
  return BigInt(Math.floor(ms * 1e6));
}

export function perf_counter() {
  return mkfloat(Number(nowNs()) / 1e9);
}
export function perf_counter_ns() {
  return normInt(nowNs());
}
export const monotonic = perf_counter;
export const monotonic_ns = perf_counter_ns;

function cpuNs() {
  if (isNode && proc.cpuUsage) {
    const u = proc.cpuUsage();
    return BigInt(u.user + u.system) * 1000n;
  }
  return nowNs();
}
export function process_time() {
  return mkfloat(Number(cpuNs()) / 1e9);
}
export function process_time_ns() {
  return normInt(cpuNs());
}
export const thread_time = process_time;
export const thread_time_ns = process_time_ns;

let sleepCell = null;
export function sleep(secs) {
  if (secs === undefined) throw TypeError("time.sleep() takes exactly one argument (0 given)");
  let v;
  if (typeof secs === "number" || typeof secs === "boolean" || typeof secs === "bigint" || (secs !== null && typeof secs === "object" && typeof secs.v === "number")) {
    v = toNumber(secs);
  } else if (secs !== null && typeof secs === "object" && (typeof secs.__float__ === "function" || typeof secs.__index__ === "function")) {
    v = toNumber(secs);
  } else {
    throw TypeError(`'${typename(secs)}' object cannot be interpreted as an integer`);
  }
  if (Number.isNaN(v)) throw ValueError("Invalid value NaN (not a number)");
  if (v < 0) throw ValueError("sleep length must be non-negative");
  const ms = v * 1000;
  if (ms === 0) return null;
  try {
    sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
    Atomics.wait(sleepCell, 0, 0, ms);
  } catch {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      // busy wait: Atomics.wait is not allowed here
    }
  }
  return null;
}

// ---------------------------------------------------------------- struct_time

const FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

export const struct_time = mkclass("struct_time", [tuple], (C) => {
  C.__module__ = "time";
  C.n_sequence_fields = 9;
  C.n_fields = 11;
  C.n_unnamed_fields = 0;
  C.__new__ = withSig(function __new__(cls, seq) {
    if (seq === undefined) throw TypeError("struct_time() missing required argument 'sequence' (pos 1)");
    const items = arr(seq);
    if (items.length < 9) throw TypeError(`time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
    if (items.length > 11) throw TypeError(`time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
    return makeStruct(items.slice(0, 9), items[9] ?? null, items[10] ?? null, cls);
  }, "__new__", ["cls", "sequence"]);
  C.__repr__ = withSig(function __repr__() {
    return `time.struct_time(${FIELDS.map((f, i) => `${f}=${repr(this[i])}`).join(", ")})`;
  }, "__repr__", ["self"], { method: true });
});
FIELDS.forEach((f, i) => {
  Object.defineProperty(struct_time, f, {
    get() {
      return this === struct_time ? undefined : this[i];
    },
    configurable: true,
  });
});

function makeStruct(items, zone, gmtoff, cls = struct_time) {
  const t = tuple_of(items);
  Object.setPrototypeOf(t, cls);
  t.tm_zone = zone;
  t.tm_gmtoff = gmtoff;
  return t;
}

/** A struct_time from fields (used by datetime.timetuple). */
export function $struct(y, mo, d, h, mi, s, wday, yday, isdst, zone = null, gmtoff = null) {
  return makeStruct([y, mo, d, h, mi, s, wday, yday, isdst], zone, gmtoff);
}

function tmFromParts(y, mo, d, h, mi, s, isdst, zone, gmtoff) {
  const wday = ($ymd2ord(y, mo, d) + 6) % 7;
  const yday = $daysBeforeMonth(y, mo) + d;
  return makeStruct([y, mo, d, h, mi, s, wday, yday, isdst], zone, gmtoff);
}

/** UTC broken-down time of a whole number of seconds. */
function utcParts(t) {
  const days = Math.floor(t / 86400);
  let rem = t - days * 86400;
  const [y, mo, d] = $ord2ymd(days + 719163);
  const h = Math.floor(rem / 3600);
  rem -= h * 3600;
  const mi = Math.floor(rem / 60);
  return [y, mo, d, h, mi, rem - mi * 60];
}

export function gmtime(secs) {
  const t = Math.floor(timestampArg(secs));
  const [y, mo, d, h, mi, s] = utcParts(t);
  if (y > 9999 * 100000 || y < -9999 * 100000) throw OverflowError("timestamp out of range for platform time_t");
  return tmFromParts(y, mo, d, h, mi, s, 0, "GMT", 0);
}

/**
 * Whether local time is plain UTC as glibc sees it (TZ unset or a UTC name, /etc/localtime
 * absent or linked to a UTC zone): then zone names need no Intl, whose first use costs tens of
 * milliseconds of start-up.
 */
let plainUtc = null;
function isPlainUtc() {
  if (plainUtc !== null) return plainUtc;
  plainUtc = false;
  if (!isNode) return false;
  const tz = proc.env?.TZ;
  const utcName = (n) => /^:?(UTC0?|Etc\/UTC|Etc\/UCT|UCT|Universal|Zulu|Etc\/Universal|Etc\/Zulu)$/.test(n);
  if (tz !== undefined && tz !== "" && !utcName(tz)) return false;
  if (tz === undefined) {
    try {
      const fs = proc.getBuiltinModule?.("node:fs");
      if (fs === undefined) return false;
      if (fs.existsSync("/etc/localtime")) {
        const target = fs.readlinkSync("/etc/localtime");
        const m = /zoneinfo\/(.*)$/.exec(target);
        if (m === null || !utcName(m[1])) return false;
      }
    } catch {
      return false;
    }
  }
  plainUtc = true;
  return true;
}

function zoneName(date) {
  if (date.getTimezoneOffset() === 0 && isPlainUtc()) return "UTC";
  try {
    const parts = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(date);
    const p = parts.find((x) => x.type === "timeZoneName");
    if (p) return p.value === "GMT" && date.getTimezoneOffset() === 0 ? localZeroName() : p.value;
  } catch {
    // no Intl
  }
  const off = -date.getTimezoneOffset();
  return off === 0 ? "UTC" : `${off < 0 ? "-" : "+"}${String(Math.floor(Math.abs(off) / 60)).padStart(2, "0")}`;
}

function localZeroName() {
  try {
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (tz === "UTC" || tz === "Etc/UTC" || tz === undefined) return "UTC";
  } catch {
    // fall through
  }
  return "GMT";
}

/** Local broken-down time of seconds since the epoch: [y, mo, d, h, mi, s, isdst, zone, gmtoff]. */
export function $localParts(t) {
  const date = new Date(Math.floor(t) * 1000);
  if (Number.isNaN(date.getTime())) throw OverflowError("timestamp out of range for platform time_t");
  const gmtoff = -date.getTimezoneOffset() * 60;
  const isdst = daylight && gmtoff !== -timezone ? 1 : 0;
  return [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds(), isdst, zoneName(date), gmtoff];
}

export function localtime(secs) {
  const t = timestampArg(secs);
  const [y, mo, d, h, mi, s, isdst, zone, gmtoff] = $localParts(t);
  return tmFromParts(y, mo, d, h, mi, s, isdst, zone, gmtoff);
}

/** The 9 fields of a struct_time or 9-tuple argument, checked as CPython's gettmarg does. */
function tmArg(t, fname) {
  if (!Array.isArray(t)) throw TypeError("Tuple or struct_time argument required");
  if (t.length !== 9 && !(Object.getPrototypeOf(t) === struct_time)) {
    throw TypeError(`${fname}(): illegal time tuple argument`);
  }
  const v = [];
  for (let i = 0; i < 9; i++) v.push(toInt(t[i]));
  return v;
}

/** checktm of timemodule.c (after gettmarg's adjustments). */
function checkTm(v) {
  const [, mo, d, h, mi, s, wd, yd] = v;
  if (mo === 0) v[1] = 1;
  else if (mo < 0 || mo > 12) throw ValueError("month out of range");
  if (d === 0) v[2] = 1;
  else if (d < 0 || d > 31) throw ValueError("day of month out of range");
  if (h < 0 || h > 23) throw ValueError("hour out of range");
  if (mi < 0 || mi > 59) throw ValueError("minute out of range");
  if (s < 0 || s > 61) throw ValueError("seconds out of range");
  if (wd < 0) throw ValueError("day of week out of range");
  if (yd === 0) v[7] = 1;
  else if (yd < 0 || yd > 366) throw ValueError("day of year out of range");
  v[6] = ((wd % 7) + 7) % 7;
  return v;
}

export function mktime(t) {
  const v = tmArg(t, "mktime");
  const d = new Date(v[0], v[1] - 1, v[2], v[3], v[4], v[5]);
  if (v[0] >= 0 && v[0] < 100) d.setFullYear(v[0]);
  const ms = d.getTime();
  if (Number.isNaN(ms)) throw OverflowError("mktime argument out of range");
  return mkfloat(ms / 1000);
}

const DAY_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MON_ABBR = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function asctime(t) {
  const v = t === undefined || t === null ? Array.from(localtime()) : checkTm(tmArg(t, "asctime"));
  return `${DAY_ABBR[v[6]]} ${MON_ABBR[v[1]]}${String(v[2]).padStart(3, " ")} ${pad2(v[3])}:${pad2(v[4])}:${pad2(v[5])} ${v[0]}`;
}

export function ctime(secs) {
  return asctime(localtime(secs));
}

const pad2 = (n) => String(n).padStart(2, "0");

// ---------------------------------------------------------------- timezone facts

function zoneFacts() {
  const year = new Date().getFullYear();
  const jan = new Date(year, 0, 1), jul = new Date(year, 6, 1);
  const oj = -jan.getTimezoneOffset() * 60, ou = -jul.getTimezoneOffset() * 60;
  const std = Math.min(oj, ou), dst = Math.max(oj, ou);
  const stdDate = oj === std ? jan : jul, dstDate = oj === std ? jul : jan;
  return { timezone: -std, altzone: -dst, daylight: std !== dst ? 1 : 0, tzname: mktuple(zoneName(stdDate), zoneName(dstDate)) };
}
const facts = zoneFacts();
export const timezone = facts.timezone;
export const altzone = facts.altzone;
export const daylight = facts.daylight;
export const tzname = facts.tzname;

export function tzset() {
  return null;
}

// ---------------------------------------------------------------- strftime

/**
 * glibc strftime in the C locale. `f` holds the fields: year, mon, mday, hour, min, sec, wday
 * (0 = Monday), yday (1-based), zone (string or null), gmtoff (seconds or null).
 */
export function $strftime(format, f) {
  let out = "";
  const n = format.length;
  for (let i = 0; i < n; i++) {
    const ch = format[i];
    if (ch !== "%") {
      out += ch;
      continue;
    }
    const start = i;
    let j = i + 1;
    let flag = "";
    while (j < n && "-_0^#".includes(format[j])) flag += format[j++];
    let width = "";
    while (j < n && format[j] >= "0" && format[j] <= "9") width += format[j++];
    if (j < n && (format[j] === "E" || format[j] === "O")) j++;
    if (j >= n) {
      out += format.slice(start);
      break;
    }
    const c = format[j];
    const r = directive(c, f, flag);
    if (r === null) {
      out += format.slice(start, j + 1);
      i = j;
      continue;
    }
    let [text, kind, defWidth] = r;
    if (flag.includes("^")) text = text.toUpperCase();
    else if (flag.includes("#")) text = kind === "p" ? text.toLowerCase() : text.toUpperCase();
    const w = width === "" ? 0 : Number(width);
    if (kind === "num") {
      const neg = text.startsWith("-");
      let digits = neg ? text.slice(1) : text;
      const padWidth = Math.max(w, defWidth);
      let padChar = flag.includes("_") ? " " : flag.includes("-") ? "" : "0";
      if (flag.includes("0")) padChar = "0";
      if (r[3] === " " && !flag.includes("0") && !flag.includes("-")) padChar = " ";
      if (padChar === "0") digits = digits.padStart(padWidth - (neg ? 1 : 0), "0");
      text = (neg ? "-" : "") + digits;
      if (padChar === " ") text = text.padStart(padWidth, " ");
    } else if (w > text.length) {
      text = text.padStart(w, flag.includes("0") ? "0" : " ");
    }
    out += text;
    i = j;
  }
  return out;
}

function directive(c, f, flag) {
  const num = (v, width, pad = "0") => [String(v), "num", width, pad];
  const str = (s) => [s, "str", 0];
  const wday0sun = (f.wday + 1) % 7;
  switch (c) {
    case "a": return str(DAY_ABBR[f.wday]);
    case "A": return str($DAYNAMES[f.wday]);
    case "b":
    case "h": return str(MON_ABBR[f.mon]);
    case "B": return str($MONTHNAMES[f.mon]);
    case "c": return str($strftime("%a %b %e %H:%M:%S %Y", f));
    case "C": return num(Math.floor(f.year / 100), 1);
    case "d": return num(f.mday, 2);
    case "D": return str($strftime("%m/%d/%y", f));
    case "e": return num(f.mday, 2, " ");
    case "F": return str($strftime("%Y-%m-%d", f));
    case "g": return num(((isoYear(f) % 100) + 100) % 100, 2);
    case "G": return num(isoYear(f), 1);
    case "H": return num(f.hour, 2);
    case "I": return num(f.hour % 12 === 0 ? 12 : f.hour % 12, 2);
    case "j": return num(f.yday, 3);
    case "k": return num(f.hour, 2, " ");
    case "l": return num(f.hour % 12 === 0 ? 12 : f.hour % 12, 2, " ");
    case "m": return num(f.mon, 2);
    case "M": return num(f.min, 2);
    case "n": return str("\n");
    case "p": return [f.hour < 12 ? "AM" : "PM", "p", 0];
    case "P": return str(f.hour < 12 ? "am" : "pm");
    case "r": return str($strftime("%I:%M:%S %p", f));
    case "R": return str($strftime("%H:%M", f));
    case "s": return num(epochSeconds(f), 1);
    case "S": return num(f.sec, 2);
    case "t": return str("\t");
    case "T": return str($strftime("%H:%M:%S", f));
    case "u": return num(f.wday + 1, 1);
    case "U": return num(Math.floor((f.yday - 1 + 7 - wday0sun) / 7), 2);
    case "V": return num(isoWeek(f), 2);
    case "w": return num(wday0sun, 1);
    case "W": return num(Math.floor((f.yday - 1 + 7 - f.wday) / 7), 2);
    case "x": return str($strftime("%m/%d/%y", f));
    case "X": return str($strftime("%H:%M:%S", f));
    case "y": return num(((f.year % 100) + 100) % 100, 2);
    case "Y": return num(f.year, 1);
    case "z": {
      if (f.gmtoff === null || f.gmtoff === undefined) return str("");
      const off = f.gmtoff;
      const a = Math.abs(off);
      return str(`${off < 0 ? "-" : "+"}${pad2(Math.floor(a / 3600))}${pad2(Math.floor((a % 3600) / 60))}`);
    }
    case "Z": return str(f.zone ?? "");
    case "%": return str("%");
  }
  return null;
}

/** glibc's ISO 8601 year and week number (from yday and wday). */
function isoYearWeek(f) {
  const isoWeekDays = (yday, wday) => yday - ((yday - wday + 4 + 378) % 7) + 4 - 1;
  const wday = (f.wday + 1) % 7; // Sunday = 0
  let year = f.year;
  const yday = f.yday - 1;
  let days = isoWeekDays(yday, wday);
  if (days < 0) {
    year--;
    days = isoWeekDays(yday + ($isLeap(year) ? 366 : 365), wday);
  } else {
    const d = isoWeekDays(yday - ($isLeap(year) ? 366 : 365), wday);
    if (d >= 0) {
      year++;
      days = d;
    }
  }
  return [year, Math.floor(days / 7) + 1];
}
function isoYear(f) {
  return isoYearWeek(f)[0];
}
function isoWeek(f) {
  return isoYearWeek(f)[1];
}

function epochSeconds(f) {
  const d = new Date(f.year, f.mon - 1, f.mday, f.hour, f.min, f.sec);
  if (f.year >= 0 && f.year < 100) d.setFullYear(f.year);
  return Math.floor(d.getTime() / 1000);
}

export function strftime(format, t) {
  if (typeof format !== "string") throw TypeError(`strftime() argument 1 must be str, not ${typename(format)}`);
  let v, zone = null, gmtoff = null;
  if (t === undefined || t === null) {
    const lt = localtime();
    v = Array.from(lt);
    zone = lt.tm_zone;
    gmtoff = lt.tm_gmtoff;
  } else {
    v = checkTm(tmArg(t, "strftime"));
    if (Object.getPrototypeOf(t) === struct_time) {
      zone = t.tm_zone;
      gmtoff = t.tm_gmtoff;
    }
    if (zone === null) {
      // CPython fills tm_zone/tm_gmtoff from mktime() of the tuple.
      zone = v[8] > 0 ? tzname[1] : tzname[0];
      gmtoff = v[8] > 0 ? -altzone : -timezone;
    }
  }
  if (format.includes("\0")) throw ValueError("embedded null character");
  return $strftime(format, {
    year: v[0], mon: v[1], mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: v[6], yday: v[7], zone, gmtoff,
  });
}

// ---------------------------------------------------------------- strptime (Lib/_strptime.py)

const A_WEEKDAY = DAY_ABBR.map((s) => s.toLowerCase());
const F_WEEKDAY = $DAYNAMES.map((s) => s.toLowerCase());
const A_MONTH = MON_ABBR.map((s) => s.toLowerCase());
const F_MONTH = $MONTHNAMES.map((s) => s.toLowerCase());
const AM_PM = ["am", "pm"];

function seqToRE(values, directive) {
  const sorted = [...values].sort((a, b) => b.length - a.length);
  if (sorted.every((v) => v === "")) return "";
  return `(?P<${directive}>${sorted.map((v) => reEscape(v)).join("|")})`;
}

let timeRE = null;
function getTimeRE() {
  if (timeRE !== null) return timeRE;
  const zones = new Set(["utc", "gmt", tzname[0].toLowerCase()]);
  if (daylight) zones.add(tzname[1].toLowerCase());
  timeRE = {
    d: "(?P<d>3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])",
    f: "(?P<f>[0-9]{1,6})",
    H: "(?P<H>2[0-3]|[0-1]\\d|\\d)",
    I: "(?P<I>1[0-2]|0[1-9]|[1-9])",
    G: "(?P<G>\\d\\d\\d\\d)",
    j: "(?P<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])",
    m: "(?P<m>1[0-2]|0[1-9]|[1-9])",
    M: "(?P<M>[0-5]\\d|\\d)",
    S: "(?P<S>6[0-1]|[0-5]\\d|\\d)",
    U: "(?P<U>5[0-3]|[0-4]\\d|\\d)",
    w: "(?P<w>[0-6])",
    u: "(?P<u>[1-7])",
    V: "(?P<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)",
    y: "(?P<y>\\d\\d)",
    Y: "(?P<Y>\\d\\d\\d\\d)",
    z: "(?P<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|(?-i:Z))",
    A: seqToRE(F_WEEKDAY, "A"),
    a: seqToRE(A_WEEKDAY, "a"),
    B: seqToRE(F_MONTH.slice(1), "B"),
    b: seqToRE(A_MONTH.slice(1), "b"),
    p: seqToRE(AM_PM, "p"),
    Z: seqToRE(zones, "Z"),
    "%": "%",
  };
  timeRE.W = timeRE.U.replace("U", "W");
  timeRE.c = patternOf("%a %b %d %H:%M:%S %Y");
  timeRE.x = patternOf("%m/%d/%y");
  timeRE.X = patternOf("%H:%M:%S");
  return timeRE;
}

class BadDirective extends Error {
  constructor(d) {
    super(d);
    this.directive = d;
  }
}

function patternOf(format) {
  const tre = timeRE;
  let processed = "";
  format = format.replace(/([\\.^$*+?(){}[\]|])/g, "\\$1");
  format = format.replace(/[\s\u001c-\u001f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, "\\s+");
  for (;;) {
    const k = format.indexOf("%");
    if (k < 0) break;
    if (k + 1 >= format.length) throw new RangeError("stray");
    const d = format[k + 1];
    const v = Object.hasOwn(tre, d) ? tre[d] : undefined;
    if (v === undefined) throw new BadDirective(d);
    processed += format.slice(0, k) + v;
    format = format.slice(k + 2);
  }
  return processed + format;
}

const regexCache = new Map();

/** _strptime: [[y, mo, d, h, mi, s, wday, julian, tz, tzname, gmtoff], fraction, gmtoffFraction]. */
export function $strptime(dataString, format) {
  for (const [i, a] of [[0, dataString], [1, format]]) {
    if (typeof a !== "string") throw TypeError(`strptime() argument ${i} must be str, not <class '${typename(a)}'>`);
  }
  getTimeRE();
  let rx = regexCache.get(format);
  if (rx === undefined) {
    try {
      rx = reCompile(patternOf(format), RE_I);
    } catch (e) {
      if (e instanceof BadDirective) {
        const bad = e.directive === "\\" ? "%" : e.directive;
        throw ValueError(`'${bad}' is a bad directive in format '${format}'`);
      }
      if (e instanceof RangeError) throw ValueError(`stray % in format '${format}'`);
      throw e;
    }
    if (regexCache.size > 5) regexCache.clear();
    regexCache.set(format, rx);
  }
  const found = rx.match(dataString);
  if (found === null) throw ValueError(`time data ${repr(dataString)} does not match format ${repr(format)}`);
  const endCp = found.end();
  const cps = Array.from(dataString);
  if (cps.length !== endCp) throw ValueError(`unconverted data remains: ${cps.slice(endCp).join("")}`);

  let isoYear = null, year = null, month = 1, day = 1, hour = 0, minute = 0, second = 0, fraction = 0;
  let tz = -1, gmtoff = null, gmtoffFraction = 0, isoWeek = null, weekOfYear = null, weekOfYearStart = null;
  let weekday = null, julian = null;
  const gd = found.groupdict();
  const g = (k) => gd.get(k);
  for (const key of gd.keys()) {
    const val = g(key);
    if (val === null) continue;
    switch (key) {
      case "y":
        year = Number(val);
        year += year <= 68 ? 2000 : 1900;
        break;
      case "Y": year = Number(val); break;
      case "G": isoYear = Number(val); break;
      case "m": month = Number(val); break;
      case "B": month = F_MONTH.indexOf(val.toLowerCase()); break;
      case "b": month = A_MONTH.indexOf(val.toLowerCase()); break;
      case "d": day = Number(val); break;
      case "H": hour = Number(val); break;
      case "I": {
        hour = Number(val);
        const ampm = (g("p") ?? "").toLowerCase();
        if (ampm === "" || ampm === AM_PM[0]) {
          if (hour === 12) hour = 0;
        } else if (ampm === AM_PM[1]) {
          if (hour !== 12) hour += 12;
        }
        break;
      }
      case "M": minute = Number(val); break;
      case "S": second = Number(val); break;
      case "f": fraction = Number(val.padEnd(6, "0")); break;
      case "A": weekday = F_WEEKDAY.indexOf(val.toLowerCase()); break;
      case "a": weekday = A_WEEKDAY.indexOf(val.toLowerCase()); break;
      case "w":
        weekday = Number(val);
        weekday = weekday === 0 ? 6 : weekday - 1;
        break;
      case "u": weekday = Number(val) - 1; break;
      case "j": julian = Number(val); break;
      case "U":
      case "W":
        weekOfYear = Number(val);
        weekOfYearStart = key === "U" ? 6 : 0;
        break;
      case "V": isoWeek = Number(val); break;
      case "z": {
        let z = val;
        if (z === "Z") gmtoff = 0;
        else {
          if (z[3] === ":") {
            z = z.slice(0, 3) + z.slice(4);
            if (z.length > 5) {
              if (z[5] !== ":") throw ValueError(`Inconsistent use of : in ${val}`);
              z = z.slice(0, 5) + z.slice(6);
            }
          }
          const hours = Number(z.slice(1, 3)), minutes = Number(z.slice(3, 5)), seconds = Number(z.slice(5, 7) || 0);
          gmtoff = hours * 3600 + minutes * 60 + seconds;
          const rem = z.slice(8);
          gmtoffFraction = Number(rem + "0".repeat(6 - rem.length));
          if (z.startsWith("-")) {
            gmtoff = -gmtoff;
            gmtoffFraction = -gmtoffFraction;
          }
        }
        break;
      }
      case "Z": {
        const fz = val.toLowerCase();
        const std = new Set(["utc", "gmt", tzname[0].toLowerCase()]);
        const dst = daylight ? new Set([tzname[1].toLowerCase()]) : new Set();
        for (const [value, set] of [[0, std], [1, dst]]) {
          if (set.has(fz)) {
            if (tzname[0] === tzname[1] && daylight && fz !== "utc" && fz !== "gmt") break;
            tz = value;
            break;
          }
        }
        break;
      }
    }
  }
  if (year === null && isoYear !== null) {
    if (isoWeek === null || weekday === null) {
      throw ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
    }
    if (julian !== null) {
      throw ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.");
    }
  } else if (weekOfYear === null && isoWeek !== null) {
    if (weekday === null) {
      throw ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
    }
    throw ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.");
  }
  let leapYearFix = false;
  if (year === null && month === 2 && day === 29) {
    year = 1904;
    leapYearFix = true;
  } else if (year === null) {
    year = 1900;
  }
  if (julian === null && weekday !== null) {
    if (weekOfYear !== null) {
      julian = julianFromUW(year, weekOfYear, weekday, weekOfYearStart === 0);
    } else if (isoYear !== null && isoWeek !== null) {
      [year, julian] = julianFromV(isoYear, isoWeek, weekday + 1);
    }
    if (julian !== null && julian <= 0) {
      year -= 1;
      julian += $isLeap(year) ? 366 : 365;
    }
  }
  if (julian === null) {
    checkDay(year, month, day);
    julian = $ymd2ord(year, month, day) - $ymd2ord(year, 1, 1) + 1;
  } else {
    const o = julian - 1 + $ymd2ord(year, 1, 1);
    if (o < 1 || o > 3652059) throw OverflowError("date value out of range");
    [year, month, day] = $ord2ymd(o);
  }
  if (weekday === null) weekday = ($ymd2ord(year, month, day) + 6) % 7;
  const tzn = g("Z") ?? null;
  if (leapYearFix) year = 1900;
  return [[year, month, day, hour, minute, second, weekday, julian, tz, tzn, gmtoff], fraction, gmtoffFraction];
}

function checkDay(year, month, day) {
  if (year < 1 || year > 9999) throw ValueError(`year ${year} is out of range`);
  if (day > $daysInMonth(year, month)) throw ValueError("day is out of range for month");
}

function julianFromUW(year, weekOfYear, dayOfWeek, weekStartsMon) {
  let firstWeekday = ($ymd2ord(year, 1, 1) + 6) % 7;
  if (!weekStartsMon) {
    firstWeekday = (firstWeekday + 1) % 7;
    dayOfWeek = (dayOfWeek + 1) % 7;
  }
  const week0Length = (7 - firstWeekday) % 7;
  if (weekOfYear === 0) return 1 + dayOfWeek - firstWeekday;
  return 1 + week0Length + 7 * (weekOfYear - 1) + dayOfWeek;
}

function julianFromV(isoYear, isoWeek, isoWeekday) {
  const correction = (($ymd2ord(isoYear, 1, 4) + 6) % 7) + 1 + 3;
  let ordinal = isoWeek * 7 + isoWeekday - correction;
  if (ordinal < 1) {
    ordinal += $ymd2ord(isoYear, 1, 1);
    isoYear -= 1;
    ordinal -= $ymd2ord(isoYear, 1, 1);
  }
  return [isoYear, ordinal];
}

export function strptime(dataString, format) {
  if (format === undefined) format = "%a %b %d %H:%M:%S %Y";
  const [tt] = $strptime(dataString, format);
  return makeStruct([tt[0], tt[1], tt[2], tt[3], tt[4], tt[5], tt[6], tt[7], tt[8]], tt[9], tt[10]);
}
