// Python's `datetime` module (CPython 3.11, whose classes are the C `_datetime` ones: their
// error messages and reprs are what this file reproduces).
//
// Classes are made with `mkclass`; constructors are `__new__` (static, taking the class
// first), as in CPython, so Python subclasses work. Instances carry their fields as plain
// attributes (`year`, `hour`, `days`, ...). timedelta arithmetic is exact: microsecond totals
// are BigInts where they can leave the safe-integer range, with CPython's round-half-even
// rules for float factors and divisors. strftime/strptime share time.mjs's cores.

import {
  mkclass, mktuple, tuple, tuple_of, repr, mkfloat, typename, hash as pyhash, KwArgs, splitkw, kwtake, kwnone,
  NotImplemented, PyFloat, isinstance, TypeError, ValueError, OverflowError, ZeroDivisionError,
  NotImplementedError, mangleAttr, str as pystr,
} from "./builtins.mjs";
import { withSig } from "./_shim.mjs";
import {
  $ymd2ord as ymd2ord, $ord2ymd as ord2ymd, $daysInMonth as daysInMonth, $daysBeforeMonth as daysBeforeMonth,
  $isocalendar as isoCal, $isoWeek1Monday as isoWeek1Monday, $isLeap as isLeap, $strftime as coreStrftime,
  $strptime as coreStrptime, $struct as mkStruct, $localParts as localParts, time as nowSeconds,
} from "./time.mjs";

export const __name__ = "datetime";
export const MINYEAR = 1;
export const MAXYEAR = 9999;

const MAX_DELTA_DAYS = 999999999;
const US_PER_DAY = 86400000000n;
const MAXORDINAL = 3652059;
// Seconds from "ordinal 0" (the day before 0001-01-01, where dtUs counts from) to the Unix epoch.
const EPOCH_S = 719163n * 86400n;

const isa = (C, x) => x !== null && typeof x === "object" && Object.prototype.isPrototypeOf.call(C, x);
const pad = (n, w = 2) => String(n).padStart(w, "0");
const classOfObj = (x) => Object.getPrototypeOf(x);

/** The name CPython shows for a type: `datetime.date` for ours, the class name for subclasses. */
function tpName(x) {
  const C = typeof x === "function" ? x : classOfObj(x);
  return C.$tpname !== undefined && Object.hasOwn(C, "$tpname") ? C.$tpname : C.__name__;
}

function method(cls, name, params, f, opts = {}) {
  const m = function (...args) {
    if (this === undefined || (typeof this === "function" && this.$isclass === true)) {
      const self = args.shift();
      if (self === undefined || !isa(cls, self)) {
        throw TypeError(`descriptor '${name}' for '${cls.$tpname}' objects doesn't apply to a '${typename(self)}' object`);
      }
      return f.apply(self, args);
    }
    return f.apply(this, args);
  };
  return withSig(m, name, ["self", ...params], { ...opts, method: true, qual: `${cls.__name__}.${name}` });
}

function classMethod(cls, name, params, f, opts = {}) {
  const m = withSig(function (...args) {
    const C = typeof this === "function" && this.$isclass === true ? this : cls;
    return f.call(C, ...args);
  }, name, params, { ...opts, qual: `${cls.__name__}.${name}` });
  return m;
}

/** Attach a classmethod so that it gets the (sub)class as `this`. */
function defClassMethod(C, name, params, f, opts) {
  const m = classMethod(C, name, params, f, opts);
  Object.defineProperty(C, name, {
    get() {
      const cls = typeof this === "function" ? this : classOfObj(this);
      const bound = function (...args) {
        return m.apply(cls, args);
      };
      bound.$sig = { ...m.$sig };
      return bound;
    },
    configurable: true,
  });
}

/** A Python int argument (via __index__) as a JS number. */
function intArg(x) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") return x > 2n ** 62n ? Infinity : x < -(2n ** 62n) ? -Infinity : Number(x);
  if (x !== null && typeof x === "object" && !(x instanceof PyFloat) && typeof x.__index__ === "function") return intArg(x.__index__());
  throw TypeError(`'${typename(x)}' object cannot be interpreted as an integer`);
}

const isIntVal = (x) => (typeof x === "number" && Number.isInteger(x)) || typeof x === "bigint" || typeof x === "boolean";
const isFloatVal = (x) => (typeof x === "number" && !Number.isInteger(x)) || x instanceof PyFloat;
const floatOf = (x) => (x instanceof PyFloat ? x.v : x);
const bigOf = (x) => (typeof x === "boolean" ? BigInt(+x) : BigInt(x));
const numOf = (b) => (b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b);

function floorDiv(a, b) {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function floorMod(a, b) {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}
/** a / b rounded half to even (BigInts). */
function divNearest(a, b) {
  if (b < 0n) {
    a = -a;
    b = -b;
  }
  const q = floorDiv(a, b);
  const r = a - q * b;
  const twice = 2n * r;
  if (twice > b || (twice === b && q % 2n !== 0n)) return q + 1n;
  return q;
}
/** Exact numerator/denominator of a finite double. */
function ratioOf(x) {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) throw ValueError("cannot convert NaN to integer ratio");
    throw OverflowError("cannot convert Infinity to integer ratio");
  }
  if (Number.isInteger(x)) return [BigInt(x), 1n];
  let den = 1n;
  let v = x;
  while (!Number.isInteger(v)) {
    v *= 2;
    den *= 2n;
  }
  return [BigInt(v), den];
}
/** True division of BigInts as a correctly rounded double (when representable simply). */
function bigTrueDiv(a, b) {
  if (b === 0n) throw ZeroDivisionError("division by zero");
  const lim = 9007199254740992n;
  if (a >= -lim && a <= lim && b >= -lim && b <= lim) return Number(a) / Number(b);
  // Scale to keep 64+ significant bits, then divide.
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  const shift = BigInt(Math.max(0, 70 - (a.toString(2).length - b.toString(2).length)));
  const q = (a << shift) / b;
  const r = Number(q) / 2 ** Number(shift);
  return neg ? -r : r;
}

// ---------------------------------------------------------------- timedelta

function tdFromUs(us, cls = timedelta) {
  const d = floorDiv(us, US_PER_DAY);
  const rem = us - d * US_PER_DAY;
  const days = Number(d);
  if (days > MAX_DELTA_DAYS || days < -MAX_DELTA_DAYS) {
    throw OverflowError(`days=${d}; must have magnitude <= ${MAX_DELTA_DAYS}`);
  }
  const secs = Number(rem / 1000000n);
  return mkTd(days, secs, Number(rem % 1000000n), cls);
}

function mkTd(days, seconds, microseconds, cls = timedelta) {
  const td = Object.create(cls);
  td.days = days === 0 ? 0 : days;
  td.seconds = seconds;
  td.microseconds = microseconds;
  return td;
}

const tdUs = (td) => BigInt(td.days) * US_PER_DAY + BigInt(td.seconds) * 1000000n + BigInt(td.microseconds);
const isTd = (x) => isa(timedelta, x);

const TD_ARGS = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
const TD_FACTORS = { microseconds: 1n, milliseconds: 1000n, seconds: 1000000n, minutes: 60000000n, hours: 3600000000n, days: US_PER_DAY, weeks: 7n * US_PER_DAY };

function tdNew(cls, ...args) {
  const vals = {};
  const k = splitkw(args);
  if (args.length > 7) throw TypeError(`timedelta() takes at most 7 arguments (${args.length} given)`);
  args.forEach((v, i) => (vals[TD_ARGS[i]] = v));
  if (k !== null) {
    for (const [name, v] of k.map) {
      if (!TD_ARGS.includes(name)) throw TypeError(`'${name}' is an invalid keyword argument for __new__()`);
      if (vals[name] !== undefined) throw TypeError(`argument for __new__() given by name ('${name}') and position (${TD_ARGS.indexOf(name) + 1})`);
      vals[name] = v;
    }
  }
  let sum = 0n;
  let leftover = 0;
  for (const name of ["microseconds", "milliseconds", "seconds", "minutes", "hours", "days", "weeks"]) {
    const num = vals[name];
    if (num === undefined) continue;
    const factor = TD_FACTORS[name];
    if (isIntVal(num)) {
      sum += bigOf(num) * factor;
    } else if (isFloatVal(num)) {
      let d = floatOf(num);
      if (Number.isNaN(d)) throw ValueError("cannot convert float NaN to integer");
      if (!Number.isFinite(d)) throw OverflowError("cannot convert float infinity to integer");
      const ip = Math.trunc(d);
      let frac = d - ip;
      sum += BigInt(ip) * factor;
      if (frac !== 0) {
        d = Number(factor) * frac;
        const ip2 = Math.trunc(d);
        frac = d - ip2;
        sum += BigInt(ip2);
        leftover += frac;
      }
    } else if (num !== null && typeof num === "object" && typeof num.__index__ === "function") {
      sum += BigInt(intArg(num)) * factor;
    } else {
      throw TypeError(`unsupported type for timedelta ${name} component: ${typename(num)}`);
    }
  }
  if (leftover !== 0) {
    let whole = cround(leftover);
    if (Math.abs(whole - leftover) === 0.5) {
      // halfway: round half to even, looking at the parity of the exact part
      const odd = sum % 2n !== 0n ? 1 : 0;
      whole = 2 * cround((leftover + odd) * 0.5) - odd;
    }
    sum += BigInt(whole);
  }
  return tdFromUs(sum, cls);
}
/** C's round(): halfway cases away from zero. */
function cround(x) {
  return Math.sign(x) * Math.round(Math.abs(x));
}

function tdRepr(td) {
  const parts = [];
  if (td.days) parts.push(`days=${td.days}`);
  if (td.seconds) parts.push(`seconds=${td.seconds}`);
  if (td.microseconds) parts.push(`microseconds=${td.microseconds}`);
  return `${tpName(td)}(${parts.length ? parts.join(", ") : "0"})`;
}

function tdStr(td) {
  const mm = Math.floor(td.seconds / 60), ss = td.seconds % 60;
  const hh = Math.floor(mm / 60), m = mm % 60;
  let s = `${hh}:${pad(m)}:${pad(ss)}`;
  if (td.days) s = `${td.days} day${Math.abs(td.days) !== 1 ? "s" : ""}, ${s}`;
  if (td.microseconds) s += `.${pad(td.microseconds, 6)}`;
  return s;
}

function tdCmp(a, b) {
  const x = tdUs(a), y = tdUs(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export const timedelta = mkclass("timedelta", [], (C) => {
  C.__module__ = "datetime";
  C.$tpname = "datetime.timedelta";
  C.__new__ = withSig(function __new__(cls, ...args) {
    return tdNew(cls, ...args);
  }, "__new__", ["cls"], { varargs: true, varkw: true });
  const m = (name, params, f, opts) => (C[name] = method(C, name, params, f, opts));
  m("__repr__", [], function () {
    return tdRepr(this);
  });
  m("__str__", [], function () {
    return tdStr(this);
  });
  m("total_seconds", [], function () {
    return mkfloat(bigTrueDiv(tdUs(this), 1000000n));
  });
  m("__add__", ["other"], function (o) {
    return isTd(o) ? tdFromUs(tdUs(this) + tdUs(o)) : NotImplemented;
  });
  m("__radd__", ["other"], function (o) {
    return isTd(o) ? tdFromUs(tdUs(this) + tdUs(o)) : NotImplemented;
  });
  m("__sub__", ["other"], function (o) {
    return isTd(o) ? tdFromUs(tdUs(this) - tdUs(o)) : NotImplemented;
  });
  m("__rsub__", ["other"], function (o) {
    return isTd(o) ? tdFromUs(tdUs(o) - tdUs(this)) : NotImplemented;
  });
  m("__neg__", [], function () {
    return tdFromUs(-tdUs(this));
  });
  m("__pos__", [], function () {
    return tdFromUs(tdUs(this));
  });
  m("__abs__", [], function () {
    return this.days < 0 ? tdFromUs(-tdUs(this)) : tdFromUs(tdUs(this));
  });
  const mul = function (o) {
    if (isIntVal(o)) return tdFromUs(tdUs(this) * bigOf(o));
    if (isFloatVal(o)) {
      const [n, d] = ratioOf(floatOf(o));
      return tdFromUs(divNearest(tdUs(this) * n, d));
    }
    return NotImplemented;
  };
  m("__mul__", ["other"], mul);
  m("__rmul__", ["other"], mul);
  m("__floordiv__", ["other"], function (o) {
    if (isTd(o)) {
      const d = tdUs(o);
      if (d === 0n) throw ZeroDivisionError("integer division or modulo by zero");
      return numOf(floorDiv(tdUs(this), d));
    }
    if (isIntVal(o)) {
      const d = bigOf(o);
      if (d === 0n) throw ZeroDivisionError("integer division or modulo by zero");
      return tdFromUs(floorDiv(tdUs(this), d));
    }
    return NotImplemented;
  });
  m("__truediv__", ["other"], function (o) {
    if (isTd(o)) return mkfloat(bigTrueDiv(tdUs(this), tdUs(o)));
    if (isIntVal(o)) {
      const d = bigOf(o);
      if (d === 0n) throw ZeroDivisionError("integer division or modulo by zero");
      return tdFromUs(divNearest(tdUs(this), d));
    }
    if (isFloatVal(o)) {
      const [n, d] = ratioOf(floatOf(o));
      if (n === 0n) throw ZeroDivisionError("integer division or modulo by zero");
      return tdFromUs(divNearest(tdUs(this) * d, n));
    }
    return NotImplemented;
  });
  m("__mod__", ["other"], function (o) {
    if (!isTd(o)) return NotImplemented;
    const d = tdUs(o);
    if (d === 0n) throw ZeroDivisionError("integer modulo by zero");
    return tdFromUs(floorMod(tdUs(this), d));
  });
  m("__divmod__", ["other"], function (o) {
    if (!isTd(o)) return NotImplemented;
    const d = tdUs(o);
    if (d === 0n) throw ZeroDivisionError("integer division or modulo by zero");
    const a = tdUs(this);
    return mktuple(numOf(floorDiv(a, d)), tdFromUs(floorMod(a, d)));
  });
  const cmp = (name, f) => m(name, ["other"], function (o) {
    if (!isTd(o)) return NotImplemented;
    return f(tdCmp(this, o));
  });
  cmp("__eq__", (c) => c === 0);
  cmp("__ne__", (c) => c !== 0);
  cmp("__lt__", (c) => c < 0);
  cmp("__le__", (c) => c <= 0);
  cmp("__gt__", (c) => c > 0);
  cmp("__ge__", (c) => c >= 0);
  m("__hash__", [], function () {
    return pyhash(mktuple(this.days, this.seconds, this.microseconds));
  });
  m("__bool__", [], function () {
    return this.days !== 0 || this.seconds !== 0 || this.microseconds !== 0;
  });
  m("__reduce__", [], function () {
    return mktuple(classOfObj(this), mktuple(this.days, this.seconds, this.microseconds));
  });
});
timedelta.min = mkTd(-MAX_DELTA_DAYS, 0, 0);
timedelta.max = mkTd(MAX_DELTA_DAYS, 86399, 999999);
timedelta.resolution = mkTd(0, 0, 1);
const ZERO_TD = mkTd(0, 0, 0);

// ---------------------------------------------------------------- field checks

function checkDate(year, month, day) {
  year = intArg(year);
  month = intArg(month);
  day = intArg(day);
  if (year < MINYEAR || year > MAXYEAR) throw ValueError(`year ${year} is out of range`);
  if (month < 1 || month > 12) throw ValueError("month must be in 1..12");
  if (day < 1 || day > daysInMonth(year, month)) throw ValueError("day is out of range for month");
  return [year, month, day];
}

function checkTime(hour, minute, second, microsecond, fold) {
  hour = intArg(hour);
  minute = intArg(minute);
  second = intArg(second);
  microsecond = intArg(microsecond);
  if (hour < 0 || hour > 23) throw ValueError("hour must be in 0..23");
  if (minute < 0 || minute > 59) throw ValueError("minute must be in 0..59");
  if (second < 0 || second > 59) throw ValueError("second must be in 0..59");
  if (microsecond < 0 || microsecond > 999999) throw ValueError("microsecond must be in 0..999999");
  fold = intArg(fold);
  if (fold !== 0 && fold !== 1) throw ValueError("fold must be either 0 or 1");
  return [hour, minute, second, microsecond, fold];
}

function checkTzinfo(tz) {
  if (tz !== null && tz !== undefined && !isa(tzinfo, tz)) {
    throw TypeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${typename(tz)}'`);
  }
  return tz ?? null;
}

/** Call tz.<name>(arg) and check the result as CPython's call_utcoffset/call_dst do. */
function callOffset(tz, name, arg) {
  if (tz === null) return null;
  const off = tz[name](arg);
  if (off === null || off === undefined) return null;
  if (!isTd(off)) throw TypeError(`tzinfo.${name}() must return None or timedelta, not '${typename(off)}'`);
  const us = tdUs(off);
  if (us <= -US_PER_DAY || us >= US_PER_DAY) {
    throw ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).");
  }
  return off;
}

function callTzname(tz, arg) {
  if (tz === null) return null;
  const n = tz.tzname(arg);
  if (n !== null && n !== undefined && typeof n !== "string") {
    throw TypeError(`tzinfo.tzname() must return None or a string, not '${typename(n)}'`);
  }
  return n ?? null;
}

/** "+HH:MM[:SS[.ffffff]]" (sep ":") or "+HHMM..." (sep "") for an offset timedelta. */
function formatOffset(off, sep) {
  if (off === null) return "";
  let us = tdUs(off);
  let sign = "+";
  if (us < 0n) {
    sign = "-";
    us = -us;
  }
  const micro = Number(us % 1000000n);
  let secs = Number(us / 1000000n);
  const hh = Math.floor(secs / 3600);
  secs -= hh * 3600;
  const mm = Math.floor(secs / 60);
  const ss = secs - mm * 60;
  let s = `${sign}${pad(hh)}${sep}${pad(mm)}`;
  if (ss || micro) {
    s += `${sep}${pad(ss)}`;
    if (micro) s += `.${pad(micro, 6)}`;
  }
  return s;
}

function formatTime(hh, mm, ss, us, timespec) {
  if (timespec === "auto") timespec = us ? "microseconds" : "seconds";
  switch (timespec) {
    case "hours": return pad(hh);
    case "minutes": return `${pad(hh)}:${pad(mm)}`;
    case "seconds": return `${pad(hh)}:${pad(mm)}:${pad(ss)}`;
    case "milliseconds": return `${pad(hh)}:${pad(mm)}:${pad(ss)}.${pad(Math.floor(us / 1000), 3)}`;
    case "microseconds": return `${pad(hh)}:${pad(mm)}:${pad(ss)}.${pad(us, 6)}`;
  }
  throw ValueError("Unknown timespec value");
}

/** strftime for date/time/datetime objects: %z, %Z, %f handled here, the rest by time.mjs. */
function objStrftime(obj, fmt, tt, tzObj) {
  if (typeof fmt !== "string") throw TypeError(`strftime() argument 1 must be str, not ${typename(fmt)}`);
  let out = "";
  let zrep = null, Zrep = null;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== "%" || i + 1 >= fmt.length) {
      out += ch;
      continue;
    }
    const c = fmt[i + 1];
    i++;
    if (c === "f") out += pad(obj.microsecond ?? 0, 6);
    else if (c === "z") {
      if (zrep === null) zrep = tzObj === undefined ? "" : formatOffset(offsetOf(obj), "");
      out += zrep;
    } else if (c === "Z") {
      if (Zrep === null) Zrep = tzObj === undefined ? "" : (callTzname(obj.tzinfo ?? null, tzArg(obj)) ?? "").replaceAll("%", "%%");
      out += Zrep;
    } else out += "%" + c;
  }
  const [y, mo, d, h, mi, s, wday, yday] = tt;
  return coreStrftime(out, { year: y, mon: mo, mday: d, hour: h, min: mi, sec: s, wday, yday, zone: "", gmtoff: null });
}

// ---------------------------------------------------------------- ISO parsing (Lib/datetime.py)

const isDigit = (c) => c !== undefined && c >= "0" && c <= "9";
const parseIntStrict = (s) => {
  if (!/^[0-9]+$/.test(s)) throw new SyntaxError("bad int");
  return Number(s);
};

function findIsoSeparator(s) {
  const n = s.length;
  if (n === 7) return 7;
  if (s[4] === "-") {
    if (s[5] === "W") {
      if (n < 8) throw new SyntaxError("Invalid ISO string");
      if (n > 8 && s[8] === "-") {
        if (n === 9) throw new SyntaxError("Invalid ISO string");
        if (n > 10 && isDigit(s[10])) return 8;
        return 10;
      }
      return 8;
    }
    return 10;
  }
  if (s[4] === "W") {
    let idx = 7;
    while (idx < n && isDigit(s[idx])) idx++;
    if (idx < 9) return idx;
    return idx % 2 === 0 ? 7 : 8;
  }
  return 8;
}

function parseIsoDate(s) {
  if (![7, 8, 10].includes(s.length)) throw new SyntaxError("bad length");
  const year = parseIntStrict(s.slice(0, 4));
  const hasSep = s[4] === "-" ? 1 : 0;
  let pos = 4 + hasSep;
  if (s[pos] === "W") {
    pos++;
    const week = parseIntStrict(s.slice(pos, pos + 2));
    pos += 2;
    let day = 1;
    if (s.length > pos) {
      if ((s[pos] === "-") !== !!hasSep) throw new SyntaxError("Inconsistent use of dash separator");
      pos += hasSep;
      day = parseIntStrict(s.slice(pos, pos + 1));
    }
    return isoToGregorian(year, week, day, true);
  }
  const month = parseIntStrict(s.slice(pos, pos + 2));
  pos += 2;
  if ((s[pos] === "-") !== !!hasSep) throw new SyntaxError("Inconsistent use of dash separator");
  pos += hasSep;
  const day = parseIntStrict(s.slice(pos, pos + 2));
  if (pos + 2 !== s.length) throw new SyntaxError("trailing");
  return [year, month, day];
}

const FRACTION_CORRECTION = [100000, 10000, 1000, 100, 10];

function parseHhMmSsFf(t) {
  const n = t.length;
  const comps = [0, 0, 0, 0];
  let pos = 0;
  let hasSep = false;
  for (let comp = 0; comp < 3; comp++) {
    if (n - pos < 2) throw new SyntaxError("Incomplete time component");
    comps[comp] = parseIntStrict(t.slice(pos, pos + 2));
    pos += 2;
    const next = t.slice(pos, pos + 1);
    if (comp === 0) hasSep = next === ":";
    if (!next || comp >= 2) break;
    if (hasSep && next !== ":") throw new SyntaxError("Invalid time separator");
    pos += hasSep ? 1 : 0;
  }
  if (pos < n) {
    if (t[pos] !== "." && t[pos] !== ",") throw new SyntaxError("Invalid microsecond component");
    pos++;
    const rem = n - pos;
    const toParse = rem >= 6 ? 6 : rem;
    comps[3] = parseIntStrict(t.slice(pos, pos + toParse));
    if (toParse < 6) comps[3] *= FRACTION_CORRECTION[toParse - 1];
    if (rem > toParse && !/^[0-9]*$/.test(t.slice(pos + toParse))) throw new SyntaxError("Non-digit values in unparsed fraction");
  }
  return comps;
}

function parseIsoTime(t) {
  const n = t.length;
  if (n < 2) throw new SyntaxError("Isoformat time too short");
  const tzPos = (t.indexOf("-") + 1) || (t.indexOf("+") + 1) || (t.indexOf("Z") + 1);
  const timestr = tzPos > 0 ? t.slice(0, tzPos - 1) : t;
  const comps = parseHhMmSsFf(timestr);
  let tzi = null;
  if (tzPos === n && t[n - 1] === "Z") {
    tzi = utc;
  } else if (tzPos > 0) {
    const tzstr = t.slice(tzPos);
    if ([0, 1, 3].includes(tzstr.length)) throw new SyntaxError("Malformed time zone string");
    const tz = parseHhMmSsFf(tzstr);
    if (tz.every((x) => x === 0)) tzi = utc;
    else {
      const sign = t[tzPos - 1] === "-" ? -1n : 1n;
      const us = BigInt(tz[0]) * 3600000000n + BigInt(tz[1]) * 60000000n + BigInt(tz[2]) * 1000000n + BigInt(tz[3]);
      tzi = newTimezone(tdFromUs(sign * us), null);
    }
  }
  comps.push(tzi);
  return comps;
}

function isoToGregorian(year, week, day, forParse) {
  const fail = (msg) => (forParse ? new SyntaxError(msg) : ValueError(msg));
  if (year < MINYEAR || year > MAXYEAR) throw fail(`Year is out of range: ${year}`);
  if (!(week > 0 && week < 53)) {
    let out = true;
    if (week === 53) {
      const first = ymd2ord(year, 1, 1) % 7;
      if (first === 4 || (first === 3 && isLeap(year))) out = false;
    }
    if (out) throw fail(`Invalid week: ${week}`);
  }
  if (!(day > 0 && day < 8)) throw fail(`Invalid day: ${day} (range is [1, 7])`);
  const ord = isoWeek1Monday(year) + (week - 1) * 7 + (day - 1);
  return ord2ymd(ord);
}

const invalidIso = (s) => ValueError(`Invalid isoformat string: ${repr(s)}`);

// ---------------------------------------------------------------- tzinfo and timezone

export const tzinfo = mkclass("tzinfo", [], (C) => {
  C.__module__ = "datetime";
  C.$tpname = "datetime.tzinfo";
  const m = (name, params, f, opts) => (C[name] = method(C, name, params, f, opts));
  m("tzname", ["dt"], function () {
    throw NotImplementedError("a tzinfo subclass must implement tzname()");
  });
  m("utcoffset", ["dt"], function () {
    throw NotImplementedError("a tzinfo subclass must implement utcoffset()");
  });
  m("dst", ["dt"], function () {
    throw NotImplementedError("a tzinfo subclass must implement dst()");
  });
  m("fromutc", ["dt"], function (dt) {
    if (!isa(datetime, dt)) throw TypeError("fromutc: argument must be a datetime");
    if (dt.tzinfo !== this) throw ValueError("fromutc: dt.tzinfo is not self");
    const off = callOffset(this, "utcoffset", dt);
    if (off === null) throw ValueError("fromutc: non-None utcoffset() result required");
    let dst = callOffset(this, "dst", dt);
    if (dst === null) throw ValueError("fromutc: non-None dst() result required");
    const delta = tdUs(off) - tdUs(dst);
    if (delta !== 0n) {
      dt = dtAddUs(dt, delta);
      dst = callOffset(this, "dst", dt);
      if (dst === null) throw ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert");
    }
    return dtAddUs(dt, tdUs(dst));
  });
});

function newTimezone(offset, name) {
  if (name === null && tdUs(offset) === 0n && utc !== undefined) return utc;
  const tz = Object.create(timezone);
  tz.$offset = offset;
  tz.$name = name;
  return tz;
}

function tzArgCheck(name, dt) {
  if (dt !== null && dt !== undefined && !isa(datetime, dt)) {
    throw TypeError(`${name}(dt) argument must be a datetime instance or None, not ${typename(dt)}`);
  }
}

export const timezone = mkclass("timezone", [tzinfo], (C) => {
  C.__module__ = "datetime";
  C.$tpname = "datetime.timezone";
  C.__new__ = withSig(function __new__(cls, offset, name) {
    if (!isTd(offset)) throw TypeError(`timezone() argument 1 must be datetime.timedelta, not ${typename(offset)}`);
    if (name !== undefined && typeof name !== "string") throw TypeError(`timezone() argument 2 must be str, not ${typename(name)}`);
    const us = tdUs(offset);
    if (us <= -US_PER_DAY || us >= US_PER_DAY) {
      throw ValueError(`offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${repr(offset)}.`);
    }
    if (cls !== timezone) {
      const tz = Object.create(cls);
      tz.$offset = offset;
      tz.$name = name ?? null;
      return tz;
    }
    return newTimezone(offset, name === undefined ? null : name);
  }, "__new__", ["cls", "offset", "name"], { defaults: 1 });
  const m = (name, params, f, opts) => (C[name] = method(C, name, params, f, opts));
  m("utcoffset", ["dt"], function (dt) {
    tzArgCheck("utcoffset", dt);
    return this.$offset;
  });
  m("dst", ["dt"], function (dt) {
    tzArgCheck("dst", dt);
    return null;
  });
  m("tzname", ["dt"], function (dt) {
    tzArgCheck("tzname", dt);
    return tzDefaultName(this);
  });
  m("fromutc", ["dt"], function (dt) {
    if (!isa(datetime, dt)) throw TypeError("fromutc: argument must be a datetime");
    if (dt.tzinfo !== this) throw ValueError("fromutc: dt.tzinfo is not self");
    return dtAddUs(dt, tdUs(this.$offset));
  });
  m("__repr__", [], function () {
    if (this === utc) return "datetime.timezone.utc";
    const name = tpName(this);
    if (this.$name === null) return `${name}(${repr(this.$offset)})`;
    return `${name}(${repr(this.$offset)}, ${repr(this.$name)})`;
  });
  m("__str__", [], function () {
    return tzDefaultName(this);
  });
  m("__eq__", ["other"], function (o) {
    if (!isa(timezone, o)) return NotImplemented;
    return tdUs(this.$offset) === tdUs(o.$offset);
  });
  m("__hash__", [], function () {
    return pyhash(this.$offset);
  });
  m("__getinitargs__", [], function () {
    return this.$name === null ? mktuple(this.$offset) : mktuple(this.$offset, this.$name);
  });
});

function tzDefaultName(tz) {
  if (tz.$name !== null) return tz.$name;
  if (tz === utc || tdUs(tz.$offset) === 0n) return "UTC";
  return "UTC" + formatOffset(tz.$offset, ":");
}

export const utc = (() => {
  const tz = Object.create(timezone);
  tz.$offset = ZERO_TD;
  tz.$name = null;
  return tz;
})();
timezone.utc = utc;
timezone.min = newTimezone(mkTd(-1, 60, 0), null);
timezone.max = newTimezone(mkTd(0, 86340, 0), null);
export const UTC = utc;

// ---------------------------------------------------------------- date

function mkDate(cls, y, m, d) {
  const o = Object.create(cls);
  o.year = y;
  o.month = m;
  o.day = d;
  return o;
}

function dateFromOrdinal(cls, n) {
  if (n < 1 || n > MAXORDINAL) throw OverflowError("date value out of range");
  const [y, m, d] = ord2ymd(n);
  return mkDate(cls, y, m, d);
}

const dateOrd = (o) => ymd2ord(o.year, o.month, o.day);
const isDatetime = (x) => isa(datetime, x);
const isDate = (x) => isa(date, x);

function dateCmp(a, b) {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function dateTimetuple(o, h = 0, mi = 0, s = 0, isdst = -1) {
  const wday = (dateOrd(o) + 6) % 7;
  const yday = daysBeforeMonth(o.year, o.month) + o.day;
  return [o.year, o.month, o.day, h, mi, s, wday, yday, isdst];
}

const DAY_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MON_ABBR = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function ctimeOf(o, h, mi, s) {
  const wd = (dateOrd(o) + 6) % 7;
  return `${DAY_ABBR[wd]} ${MON_ABBR[o.month]} ${String(o.day).padStart(2, " ")} ${pad(h)}:${pad(mi)}:${pad(s)} ${pad(o.year, 4)}`;
}

/** Replace-style keyword handling: values from a trailing KwArgs over positional defaults. */
function takeArgs(fname, names, args) {
  const k = splitkw(args);
  if (args.length > names.length) {
    throw TypeError(`${fname}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${args.length} given)`);
  }
  const out = {};
  names.forEach((n, i) => (out[n] = args[i]));
  if (k !== null) {
    for (const [name, v] of k.map) {
      const i = names.indexOf(name);
      if (i < 0) throw TypeError(`'${name}' is an invalid keyword argument for ${fname}()`);
      if (i < args.length) throw TypeError(`argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
      out[name] = v;
    }
  }
  return out;
}

export const date = mkclass("date", [], (C) => {
  C.__module__ = "datetime";
  C.$tpname = "datetime.date";
  C.__new__ = withSig(function __new__(cls, ...args) {
    const a = takeArgs("date", ["year", "month", "day"], args);
    for (const [i, n] of ["year", "month", "day"].entries()) {
      if (a[n] === undefined) throw TypeError(`function missing required argument '${n}' (pos ${i + 1})`);
    }
    const [y, mo, d] = checkDate(a.year, a.month, a.day);
    return mkDate(cls, y, mo, d);
  }, "__new__", ["cls"], { varargs: true, varkw: true });
  const m = (name, params, f, opts) => (C[name] = method(C, name, params, f, opts));
  m("__repr__", [], function () {
    return `${tpName(this)}(${this.year}, ${this.month}, ${this.day})`;
  });
  m("isoformat", [], function (...args) {
    if (args.length) throw TypeError(`date.isoformat() takes no arguments (${args.length} given)`);
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`;
  }, { varargs: true });
  m("__str__", [], function () {
    return this.isoformat();
  });
  m("ctime", [], function () {
    return ctimeOf(this, 0, 0, 0);
  });
  m("strftime", ["format"], function (fmt) {
    return objStrftime(this, fmt, dateTimetuple(this));
  });
  m("__format__", ["format_spec"], function (fmt) {
    if (typeof fmt !== "string") throw TypeError(`__format__() argument must be str, not ${typename(fmt)}`);
    return fmt === "" ? pystr(this) : this.strftime(fmt);
  });
  m("timetuple", [], function () {
    return mkStruct(...dateTimetuple(this));
  });
  m("toordinal", [], function () {
    return dateOrd(this);
  });
  m("weekday", [], function () {
    return (dateOrd(this) + 6) % 7;
  });
  m("isoweekday", [], function () {
    return ((dateOrd(this) + 6) % 7) + 1;
  });
  m("isocalendar", [], function () {
    const [y, w, d] = isoCal(this.year, this.month, this.day);
    return mkIsoCal(y, w, d);
  });
  m("replace", [], function (...args) {
    const a = takeArgs("replace", ["year", "month", "day"], args);
    const [y, mo, d] = checkDate(a.year ?? this.year, a.month ?? this.month, a.day ?? this.day);
    return mkDate(classOfObj(this), y, mo, d);
  }, { varargs: true, varkw: true });
  const cmp = (name, f, eqOp) => m(name, ["other"], function (o) {
    if (!isDate(o)) return NotImplemented;
    if (isDatetime(o) !== isDatetime(this)) {
      if (eqOp !== undefined) return eqOp;
      throw TypeError(`can't compare ${tpName(isDatetime(this) ? this : o)} to ${tpName(isDatetime(this) ? o : this)}`);
    }
    if (isDatetime(this)) return f(dtCmp(this, o, name));
    return f(dateCmp(this, o));
  });
  cmp("__eq__", (c) => c === 0, false);
  cmp("__ne__", (c) => c !== 0, true);
  cmp("__lt__", (c) => c < 0);
  cmp("__le__", (c) => c <= 0);
  cmp("__gt__", (c) => c > 0);
  cmp("__ge__", (c) => c >= 0);
  m("__hash__", [], function () {
    return pyhash(mktuple("date", this.year, this.month, this.day));
  });
  m("__add__", ["other"], function (o) {
    if (!isTd(o)) return NotImplemented;
    return dateFromOrdinal(classOfObj(this), dateOrd(this) + o.days);
  });
  m("__radd__", ["other"], function (o) {
    if (!isTd(o)) return NotImplemented;
    return dateFromOrdinal(classOfObj(this), dateOrd(this) + o.days);
  });
  m("__sub__", ["other"], function (o) {
    if (isTd(o)) return dateFromOrdinal(classOfObj(this), dateOrd(this) - o.days);
    if (isDate(o) && !isDatetime(o)) return mkTd(dateOrd(this) - dateOrd(o), 0, 0);
    return NotImplemented;
  });
  m("__reduce__", [], function () {
    return mktuple(classOfObj(this), mktuple(this.year, this.month, this.day));
  });
});

defClassMethod(date, "today", [], function () {
  const t = floatSeconds(nowSeconds());
  const p = localParts(Math.floor(t));
  return mkDate(this, p[0], p[1], p[2]);
});
defClassMethod(date, "fromtimestamp", ["t"], function (t) {
  const secs = timestampArg(t);
  const p = localParts(Math.floor(secs));
  return mkDate(this, p[0], p[1], p[2]);
});
defClassMethod(date, "fromordinal", ["n"], function (n) {
  n = intArg(n);
  if (n < 1) throw ValueError("ordinal must be >= 1");
  if (n > MAXORDINAL) throw ValueError(`year ${ord2ymd(n)[0]} is out of range`);
  const [y, m, d] = ord2ymd(n);
  return this === datetime || Object.prototype.isPrototypeOf.call(datetime, this)
    ? mkDatetime(this, y, m, d, 0, 0, 0, 0, null, 0)
    : mkDate(this, y, m, d);
});
defClassMethod(date, "fromisoformat", ["date_string"], function (s) {
  if (typeof s !== "string") throw TypeError("fromisoformat: argument must be str");
  let ymd;
  try {
    ymd = parseIsoDate(s);
  } catch (e) {
    if (e instanceof SyntaxError) throw invalidIso(s);
    throw e;
  }
  return this === date ? mkDate(this, ...checkDate(...ymd)) : this(...ymd);
});
defClassMethod(date, "fromisocalendar", ["year", "week", "day"], function (year, week, day) {
  const [y, m, d] = isoToGregorian(intArg(year), intArg(week), intArg(day), false);
  return this === date ? mkDate(this, y, m, d) : this(y, m, d);
});
date.min = mkDate(date, 1, 1, 1);
date.max = mkDate(date, 9999, 12, 31);
date.resolution = mkTd(1, 0, 0);

function floatSeconds(x) {
  return x instanceof PyFloat ? x.v : x;
}

function timestampArg(t) {
  let v;
  if (typeof t === "number") v = t;
  else if (t instanceof PyFloat) v = t.v;
  else if (typeof t === "bigint" || typeof t === "boolean") v = Number(t);
  else if (t !== null && typeof t === "object" && typeof t.__float__ === "function") v = floatSeconds(t.__float__());
  else throw TypeError(`'${typename(t)}' object cannot be interpreted as an integer`);
  if (Number.isNaN(v)) throw ValueError("Invalid value NaN (not a number)");
  if (!Number.isFinite(v) || Math.abs(v) > 1e14) throw OverflowError("timestamp out of range for platform time_t");
  return v;
}

// IsoCalendarDate: a tuple subclass with year/week/weekday.
export const IsoCalendarDate = mkclass("IsoCalendarDate", [tuple], (C) => {
  C.__module__ = "datetime";
  C.$tpname = "datetime.IsoCalendarDate";
  C.__repr__ = method(C, "__repr__", [], function () {
    return `${tpName(this)}(year=${this[0]}, week=${this[1]}, weekday=${this[2]})`;
  });
});
["year", "week", "weekday"].forEach((f, i) => {
  Object.defineProperty(IsoCalendarDate, f, {
    get() {
      return this === IsoCalendarDate ? undefined : this[i];
    },
    configurable: true,
  });
});
function mkIsoCal(y, w, d) {
  const t = tuple_of([y, w, d]);
  Object.setPrototypeOf(t, IsoCalendarDate);
  return t;
}

// ---------------------------------------------------------------- time

function mkTime(cls, h, mi, s, us, tz, fold) {
  const o = Object.create(cls);
  o.hour = h;
  o.minute = mi;
  o.second = s;
  o.microsecond = us;
  o.tzinfo = tz;
  o.fold = fold;
  return o;
}

function timeReprTail(o, base) {
  let r = base;
  if (o.tzinfo !== null) r = `${r.slice(0, -1)}, tzinfo=${repr(o.tzinfo)})`;
  if (o.fold) r = `${r.slice(0, -1)}, fold=1)`;
  return r;
}

const TIME_ARGS = ["hour", "minute", "second", "microsecond", "tzinfo"];

export const time = mkclass("time", [], (C) => {
  C.__module__ = "datetime";
  C.$tpname = "datetime.time";
  C.__new__ = withSig(function __new__(cls, ...args) {
    const a = takeArgs("time", [...TIME_ARGS, "fold"], args);
    const [h, mi, s, us, fold] = checkTime(a.hour ?? 0, a.minute ?? 0, a.second ?? 0, a.microsecond ?? 0, a.fold ?? 0);
    return mkTime(cls, h, mi, s, us, checkTzinfo(a.tzinfo), fold);
  }, "__new__", ["cls"], { varargs: true, varkw: true });
  const m = (name, params, f, opts) => (C[name] = method(C, name, params, f, opts));
  m("__repr__", [], function () {
    const n = tpName(this);
    let base;
    if (this.microsecond) base = `${n}(${this.hour}, ${this.minute}, ${this.second}, ${this.microsecond})`;
    else if (this.second) base = `${n}(${this.hour}, ${this.minute}, ${this.second})`;
    else base = `${n}(${this.hour}, ${this.minute})`;
    return timeReprTail(this, base);
  });
  m("isoformat", ["timespec"], function (timespec) {
    if (timespec === undefined) timespec = "auto";
    let s = formatTime(this.hour, this.minute, this.second, this.microsecond, timespec);
    s += formatOffset(callOffset(this.tzinfo, "utcoffset", null), ":");
    return s;
  }, { defaults: 1 });
  m("__str__", [], function () {
    return this.isoformat();
  });
  m("strftime", ["format"], function (fmt) {
    const tt = [1900, 1, 1, this.hour, this.minute, this.second, 0, 1, -1];
    return objStrftime(this, fmt, tt, this.tzinfo);
  });
  m("__format__", ["format_spec"], function (fmt) {
    if (typeof fmt !== "string") throw TypeError(`__format__() argument must be str, not ${typename(fmt)}`);
    return fmt === "" ? pystr(this) : this.strftime(fmt);
  });
  m("utcoffset", [], function () {
    return callOffset(this.tzinfo, "utcoffset", null);
  });
  m("dst", [], function () {
    return callOffset(this.tzinfo, "dst", null);
  });
  m("tzname", [], function () {
    return callTzname(this.tzinfo, null);
  });
  m("replace", [], function (...args) {
    const a = takeArgs("replace", [...TIME_ARGS, "fold"], args);
    const tz = a.tzinfo === undefined ? this.tzinfo : checkTzinfo(a.tzinfo);
    const [h, mi, s, us, fold] = checkTime(a.hour ?? this.hour, a.minute ?? this.minute, a.second ?? this.second,
      a.microsecond ?? this.microsecond, a.fold ?? this.fold);
    return mkTime(classOfObj(this), h, mi, s, us, tz, fold);
  }, { varargs: true, varkw: true });
  const cmp = (name, f, eqOp) => m(name, ["other"], function (o) {
    if (!isa(time, o)) return NotImplemented;
    const c = timeCmp(this, o, eqOp);
    return c === null ? eqOp : f(c);
  });
  cmp("__eq__", (c) => c === 0, false);
  cmp("__ne__", (c) => c !== 0, true);
  cmp("__lt__", (c) => c < 0);
  cmp("__le__", (c) => c <= 0);
  cmp("__gt__", (c) => c > 0);
  cmp("__ge__", (c) => c >= 0);
  m("__hash__", [], function () {
    const off = callOffset(this.tzinfo, "utcoffset", null);
    if (off === null) return pyhash(mktuple("time", this.hour, this.minute, this.second, this.microsecond));
    const us = BigInt(this.hour * 3600 + this.minute * 60 + this.second) * 1000000n + BigInt(this.microsecond) - tdUs(off);
    return pyhash(mktuple("time", numOf(us)));
  });
  m("__reduce__", [], function () {
    return mktuple(classOfObj(this), mktuple(this.hour, this.minute, this.second, this.microsecond, this.tzinfo));
  });
});
defClassMethod(time, "fromisoformat", ["time_string"], function (s) {
  if (typeof s !== "string") throw TypeError("fromisoformat: argument must be str");
  const t = s.startsWith("T") ? s.slice(1) : s;
  let c;
  try {
    c = parseIsoTime(t);
  } catch (e) {
    if (e instanceof SyntaxError) throw invalidIso(s);
    throw e;
  }
  const [h, mi, sec, us] = checkTime(c[0], c[1], c[2], c[3], 0);
  return mkTime(this, h, mi, sec, us, c[4], 0);
});
time.min = mkTime(time, 0, 0, 0, 0, null, 0);
time.max = mkTime(time, 23, 59, 59, 999999, null, 0);
time.resolution = mkTd(0, 0, 1);

function timeCmp(a, b, eqOp) {
  let x = BigInt(a.hour * 3600 + a.minute * 60 + a.second) * 1000000n + BigInt(a.microsecond);
  let y = BigInt(b.hour * 3600 + b.minute * 60 + b.second) * 1000000n + BigInt(b.microsecond);
  if (a.tzinfo !== b.tzinfo) {
    const oa = callOffset(a.tzinfo, "utcoffset", null), ob = callOffset(b.tzinfo, "utcoffset", null);
    if ((oa === null) !== (ob === null)) {
      if (eqOp !== undefined) return null;
      throw TypeError("can't compare offset-naive and offset-aware times");
    }
    if (oa !== null) {
      x -= tdUs(oa);
      y -= tdUs(ob);
    }
  }
  return x < y ? -1 : x > y ? 1 : 0;
}

// ---------------------------------------------------------------- datetime

function mkDatetime(cls, y, mo, d, h, mi, s, us, tz, fold) {
  const o = Object.create(cls);
  o.year = y;
  o.month = mo;
  o.day = d;
  o.hour = h;
  o.minute = mi;
  o.second = s;
  o.microsecond = us;
  o.tzinfo = tz;
  o.fold = fold;
  return o;
}

/** Microseconds since 0001-01-01 of the naive fields. */
function dtUs(o) {
  return (BigInt(dateOrd(o)) * 86400n + BigInt(o.hour * 3600 + o.minute * 60 + o.second)) * 1000000n + BigInt(o.microsecond);
}

function dtFromUs(cls, us, tz, fold = 0) {
  const days = floorDiv(us, US_PER_DAY);
  let rem = Number(us - days * US_PER_DAY);
  const ord = Number(days);
  if (ord < 1 || ord > MAXORDINAL) throw OverflowError("date value out of range");
  const [y, mo, d] = ord2ymd(ord);
  const micro = rem % 1000000;
  rem = (rem - micro) / 1000000;
  const s = rem % 60;
  rem = (rem - s) / 60;
  const mi = rem % 60;
  const h = (rem - mi) / 60;
  return mkDatetime(cls, y, mo, d, h, mi, s, micro, tz, fold);
}

function dtAddUs(dt, us) {
  return dtFromUs(classOfObj(dt), dtUs(dt) + us, dt.tzinfo);
}

const tzArg = (o) => (isDatetime(o) ? o : null);
function offsetOf(o) {
  return callOffset(o.tzinfo ?? null, "utcoffset", tzArg(o));
}

function dtCmp(a, b, op) {
  let x = dtUs(a), y = dtUs(b);
  if (a.tzinfo !== b.tzinfo) {
    const oa = offsetOf(a), ob = offsetOf(b);
    if ((oa === null) !== (ob === null)) {
      if (op === "__eq__" || op === "__ne__") return 1; // never equal
      throw TypeError("can't compare offset-naive and offset-aware datetimes");
    }
    if (oa !== null) {
      x -= tdUs(oa);
      y -= tdUs(ob);
    }
  }
  return x < y ? -1 : x > y ? 1 : 0;
}

const DT_ARGS = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"];

/** The local timezone at a UTC timestamp, as CPython's astimezone() makes it. */
function localTz(ts) {
  const p = localParts(ts);
  return newTimezone(tdFromUs(BigInt(p[8]) * 1000000n), p[7]);
}

/** Seconds since the epoch of naive local fields (mktime-like). */
function localToEpoch(o) {
  const d = new Date(2000, o.month - 1, o.day, o.hour, o.minute, o.second);
  d.setFullYear(o.year);
  return Math.floor(d.getTime() / 1000);
}

function dtFromTimestamp(cls, t, tz) {
  const v = timestampArg(t);
  let secs = Math.floor(v);
  let us = Math.round((v - secs) * 1e6);
  // round half to even like CPython
  const exact = (v - secs) * 1e6;
  if (Math.abs(exact - Math.trunc(exact)) === 0.5) us = 2 * Math.round(exact / 2);
  if (us >= 1000000) {
    secs += 1;
    us -= 1000000;
  }
  if (tz === null) {
    const p = localParts(secs);
    return mkDatetime(cls, p[0], p[1], p[2], p[3], p[4], p[5], us, null, 0);
  }
  const base = dtFromUs(cls, (BigInt(secs) + EPOCH_S) * 1000000n + BigInt(us), tz);
  return tz.fromutc(base);
}

export const datetime = mkclass("datetime", [date], (C) => {
  C.__module__ = "datetime";
  C.$tpname = "datetime.datetime";
  C.__new__ = withSig(function __new__(cls, ...args) {
    const a = takeArgs("datetime", DT_ARGS, args);
    for (const [i, n] of ["year", "month", "day"].entries()) {
      if (a[n] === undefined) throw TypeError(`function missing required argument '${n}' (pos ${i + 1})`);
    }
    const [y, mo, d] = checkDate(a.year, a.month, a.day);
    const [h, mi, s, us, fold] = checkTime(a.hour ?? 0, a.minute ?? 0, a.second ?? 0, a.microsecond ?? 0, a.fold ?? 0);
    return mkDatetime(cls, y, mo, d, h, mi, s, us, checkTzinfo(a.tzinfo), fold);
  }, "__new__", ["cls"], { varargs: true, varkw: true });
  const m = (name, params, f, opts) => (C[name] = method(C, name, params, f, opts));
  m("__repr__", [], function () {
    const n = tpName(this);
    let base = `${n}(${this.year}, ${this.month}, ${this.day}, ${this.hour}, ${this.minute}`;
    if (this.microsecond) base += `, ${this.second}, ${this.microsecond})`;
    else if (this.second) base += `, ${this.second})`;
    else base += ")";
    return timeReprTail(this, base);
  });
  m("isoformat", ["sep", "timespec"], function (sep, timespec) {
    if (sep === undefined) sep = "T";
    if (timespec === undefined) timespec = "auto";
    if (typeof sep !== "string" || Array.from(sep).length !== 1) {
      throw TypeError(`isoformat() argument 1 must be a unicode character, not ${typename(sep)}`);
    }
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}${sep}` +
      formatTime(this.hour, this.minute, this.second, this.microsecond, timespec) + formatOffset(offsetOf(this), ":");
  }, { defaults: 2 });
  m("__str__", [], function () {
    return this.isoformat(" ");
  });
  m("ctime", [], function () {
    return ctimeOf(this, this.hour, this.minute, this.second);
  });
  m("strftime", ["format"], function (fmt) {
    return objStrftime(this, fmt, dateTimetuple(this, this.hour, this.minute, this.second), this.tzinfo);
  });
  m("timetuple", [], function () {
    const dst = callOffset(this.tzinfo, "dst", this);
    const isdst = dst === null ? -1 : tdUs(dst) !== 0n ? 1 : 0;
    return mkStruct(...dateTimetuple(this, this.hour, this.minute, this.second, isdst));
  });
  m("utctimetuple", [], function () {
    const off = offsetOf(this);
    const u = off === null ? this : dtFromUs(datetime, dtUs(this) - tdUs(off), null);
    return mkStruct(...dateTimetuple(u, u.hour, u.minute, u.second, 0));
  });
  m("timestamp", [], function () {
    const off = offsetOf(this);
    if (off === null) {
      const secs = localToEpoch(this);
      return mkfloat(secs + this.microsecond / 1e6);
    }
    const us = dtUs(this) - tdUs(off) - EPOCH_S * 1000000n;
    return mkfloat(bigTrueDiv(us, 1000000n));
  });
  m("date", [], function () {
    return mkDate(date, this.year, this.month, this.day);
  });
  m("time", [], function () {
    return mkTime(time, this.hour, this.minute, this.second, this.microsecond, null, this.fold);
  });
  m("timetz", [], function () {
    return mkTime(time, this.hour, this.minute, this.second, this.microsecond, this.tzinfo, this.fold);
  });
  m("replace", [], function (...args) {
    const a = takeArgs("replace", DT_ARGS, args);
    const tz = a.tzinfo === undefined ? this.tzinfo : checkTzinfo(a.tzinfo);
    const [y, mo, d] = checkDate(a.year ?? this.year, a.month ?? this.month, a.day ?? this.day);
    const [h, mi, s, us, fold] = checkTime(a.hour ?? this.hour, a.minute ?? this.minute, a.second ?? this.second,
      a.microsecond ?? this.microsecond, a.fold ?? this.fold);
    return mkDatetime(classOfObj(this), y, mo, d, h, mi, s, us, tz, fold);
  }, { varargs: true, varkw: true });
  m("astimezone", ["tz"], function (tz) {
    if (tz === undefined || tz === null) tz = null;
    else if (!isa(tzinfo, tz)) throw TypeError(`astimezone() argument 1 must be datetime.tzinfo, not ${typename(tz)}`);
    let off = this.tzinfo === null ? null : offsetOf(this);
    let src = this;
    if (off === null) {
      // naive: local time
      const ts = localToEpoch(this);
      const ltz = localTz(ts);
      src = mkDatetime(classOfObj(this), this.year, this.month, this.day, this.hour, this.minute, this.second, this.microsecond, ltz, this.fold);
      off = ltz.$offset;
    }
    if (tz === null) {
      const ts = Number((dtUs(src) - tdUs(off)) / 1000000n - EPOCH_S);
      tz = localTz(ts);
    }
    if (tz === src.tzinfo) return src;
    const u = dtFromUs(classOfObj(this), dtUs(src) - tdUs(off), tz);
    return tz.fromutc(u);
  }, { defaults: 1 });
  m("utcoffset", [], function () {
    return offsetOf(this);
  });
  m("dst", [], function () {
    return callOffset(this.tzinfo, "dst", this);
  });
  m("tzname", [], function () {
    return callTzname(this.tzinfo, this);
  });
  m("__hash__", [], function () {
    const off = this.tzinfo === null ? null : offsetOf(this);
    const us = off === null ? dtUs(this) : dtUs(this) - tdUs(off);
    return pyhash(mktuple("datetime", numOf(us)));
  });
  m("__add__", ["other"], function (o) {
    if (!isTd(o)) return NotImplemented;
    return dtAddUs(this, tdUs(o));
  });
  m("__radd__", ["other"], function (o) {
    if (!isTd(o)) return NotImplemented;
    return dtAddUs(this, tdUs(o));
  });
  m("__sub__", ["other"], function (o) {
    if (isTd(o)) return dtAddUs(this, -tdUs(o));
    if (!isDatetime(o)) return NotImplemented;
    let x = dtUs(this), y = dtUs(o);
    if (this.tzinfo !== o.tzinfo) {
      const oa = offsetOf(this), ob = offsetOf(o);
      if ((oa === null) !== (ob === null)) throw TypeError("can't subtract offset-naive and offset-aware datetimes");
      if (oa !== null) {
        x -= tdUs(oa);
        y -= tdUs(ob);
      }
    }
    return tdFromUs(x - y);
  });
  m("__reduce__", [], function () {
    return mktuple(classOfObj(this), mktuple(this.year, this.month, this.day, this.hour, this.minute, this.second, this.microsecond, this.tzinfo));
  });
});

defClassMethod(datetime, "now", ["tz"], function (tz) {
  tz = tz === undefined ? null : checkTzinfo(tz);
  return dtFromTimestamp(this, nowSeconds(), tz);
}, { defaults: 1 });
defClassMethod(datetime, "utcnow", [], function () {
  const r = dtFromTimestamp(this, nowSeconds(), utc);
  r.tzinfo = null;
  return r;
});
defClassMethod(datetime, "today", [], function () {
  return dtFromTimestamp(this, nowSeconds(), null);
});
defClassMethod(datetime, "fromtimestamp", ["t", "tz"], function (t, tz) {
  tz = tz === undefined ? null : checkTzinfo(tz);
  return dtFromTimestamp(this, t, tz);
}, { defaults: 1 });
defClassMethod(datetime, "utcfromtimestamp", ["t"], function (t) {
  const r = dtFromTimestamp(this, t, utc);
  r.tzinfo = null;
  return r;
});
defClassMethod(datetime, "combine", ["date", "time", "tzinfo"], function (d, t, tz) {
  if (!isDate(d)) throw TypeError(`combine() argument 1 must be datetime.date, not ${typename(d)}`);
  if (!isa(time, t)) throw TypeError(`combine() argument 2 must be datetime.time, not ${typename(t)}`);
  const z = tz === undefined || tz === true ? t.tzinfo : checkTzinfo(tz);
  return mkDatetime(this, d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, z, t.fold);
}, { defaults: 1 });
defClassMethod(datetime, "fromisoformat", ["date_string"], function (s) {
  if (typeof s !== "string") throw TypeError("fromisoformat: argument must be str");
  if (s.length < 7) throw invalidIso(s);
  let dc, tc;
  try {
    const sep = findIsoSeparator(s);
    const dstr = s.slice(0, sep);
    const tstr = s.slice(sep + 1);
    dc = parseIsoDate(dstr);
    if (sep < s.length && tstr === "") throw new SyntaxError("empty time");
    tc = tstr ? parseIsoTime(tstr) : [0, 0, 0, 0, null];
  } catch (e) {
    if (e instanceof SyntaxError) throw invalidIso(s);
    throw e;
  }
  const [y, mo, d] = checkDate(...dc);
  const [h, mi, sec, us] = checkTime(tc[0], tc[1], tc[2], tc[3], 0);
  return mkDatetime(this, y, mo, d, h, mi, sec, us, tc[4], 0);
});
defClassMethod(datetime, "strptime", ["date_string", "format"], function (s, fmt) {
  const [tt, fraction, gmtoffFraction] = coreStrptime(s, fmt);
  const [y, mo, d, h, mi, sec] = tt;
  const tzname = tt[9], gmtoff = tt[10];
  let tz = null;
  if (gmtoff !== null) {
    const delta = tdFromUs(BigInt(gmtoff) * 1000000n + BigInt(gmtoffFraction));
    tz = tzname ? newTimezone(delta, tzname) : newTimezone(delta, null);
  }
  checkDate(y, mo, d);
  return mkDatetime(this, y, mo, d, h, mi, sec, fraction, tz, 0);
});
datetime.min = mkDatetime(datetime, 1, 1, 1, 0, 0, 0, 0, null, 0);
datetime.max = mkDatetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, null, 0);
datetime.resolution = mkTd(0, 0, 1);

void [kwtake, kwnone, isinstance, mangleAttr];
