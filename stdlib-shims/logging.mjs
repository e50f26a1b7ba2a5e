// Python's `logging` module (CPython 3.11), the common subset: loggers in a dotted hierarchy,
// levels, `basicConfig`, `StreamHandler`/`NullHandler`, `Formatter` with `%`- and `{`-style
// formats, module-level `debug`...`critical`. Records carry name, levelname, levelno, message,
// msg, args, asctime (wall clock), module/filename/funcName/lineno placeholders. No files.

import {
  mkclass, splitkw, mod, cm, str, isinstance, dict, getitem, setitem, stderr, format_exception, truthy, mangleAttr,
  tuple_of, TypeError, ValueError, BaseException,
} from "./builtins.mjs";
import { method, withSig } from "./_shim.mjs";

export const __name__ = "logging";

export const CRITICAL = 50, FATAL = 50, ERROR = 40, WARNING = 30, WARN = 30, INFO = 20, DEBUG = 10, NOTSET = 0;
/** `name` is a JS-hazard attribute: Python's `x.name` is the property `mangleAttr("name")`. */
const NAME = mangleAttr("name");
const levelToName = new Map([[50, "CRITICAL"], [40, "ERROR"], [30, "WARNING"], [20, "INFO"], [10, "DEBUG"], [0, "NOTSET"]]);
const nameToLevel = new Map([["CRITICAL", 50], ["FATAL", 50], ["ERROR", 40], ["WARN", 30], ["WARNING", 30], ["INFO", 20], ["DEBUG", 10], ["NOTSET", 0]]);
export const BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s";

export const getLevelName = withSig(function getLevelName(level) {
  if (typeof level === "string") return nameToLevel.get(level) ?? `Level ${level}`;
  return levelToName.get(level) ?? `Level ${level}`;
}, "getLevelName", ["level"]);

export const addLevelName = withSig(function addLevelName(level, name) {
  levelToName.set(level, name);
  nameToLevel.set(name, level);
  return null;
}, "addLevelName", ["level", "levelName"]);

function checkLevel(level) {
  if (typeof level === "number") return level;
  if (typeof level === "string") {
    if (!nameToLevel.has(level)) throw ValueError(`Unknown level: '${level}'`);
    return nameToLevel.get(level);
  }
  throw TypeError(`Level not an integer or a valid string: ${str(level)}`);
}

function pad(n, w = 2) {
  return String(n).padStart(w, "0");
}

export const LogRecord = mkclass("LogRecord", [], (C) => {
  C.__module__ = "logging";
  C.getMessage = method("LogRecord.getMessage", [], function () {
    let msg = str(this.msg);
    if (this.args !== null && this.args.length > 0) {
      const a = this.args;
      msg = mod(msg, a.length === 1 && isinstance(a[0], dict) && truthy(a[0]) ? a[0] : tuple_of(a));
    }
    return msg;
  });
});

function makeRecord(name, level, msg, args, excInfo, extra) {
  const r = LogRecord.$alloc ? LogRecord.$alloc(LogRecord) : Object.create(LogRecord);
  const now = new Date();
  r[NAME] = name;
  r.msg = msg;
  r.args = args;
  r.levelno = level;
  r.levelname = getLevelName(level);
  r.pathname = r.filename = "";
  r.module = "";
  r.funcName = "";
  r.lineno = 0;
  r.created = now.getTime() / 1000;
  r.msecs = now.getMilliseconds();
  r.exc_info = excInfo;
  r.exc_text = null;
  r.thread = 0;
  r.threadName = "MainThread";
  r.process = 0;
  r.processName = "MainProcess";
  r.$date = now;
  if (extra != null) for (const k of extra) r[mangleAttr(k)] = getitem(extra, k);
  return r;
}

const RECORD_KEYS = [
  "name", "msg", "args", "levelno", "levelname", "pathname", "filename", "module", "funcName", "lineno",
  "created", "msecs", "exc_info", "exc_text", "thread", "threadName", "process", "processName", "message", "asctime",
];

export const Formatter = mkclass("Formatter", [], (C) => {
  C.__module__ = "logging";
  C.__init__ = method("Formatter.__init__", ["fmt", "datefmt", "style"], function (fmt, datefmt, style) {
    this._style = style ?? "%";
    this._fmt = fmt ?? (this._style === "{" ? "{levelname}:{name}:{message}" : "%(message)s");
    this.datefmt = datefmt ?? null;
    return null;
  }, { defaults: 3 });
  C.formatTime = method("Formatter.formatTime", ["record", "datefmt"], function (record) {
    const d = record.$date;
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())},${pad(d.getMilliseconds(), 3)}`;
  }, { defaults: 1 });
  C.format = method("Formatter.format", ["record"], function (record) {
    record.message = cm(record, "getMessage");
    const fmt = this._fmt;
    if (fmt.includes("asctime")) record.asctime = cm(this, "formatTime", record, this.datefmt);
    const d = dict();
    for (const k of RECORD_KEYS) if (record[mangleAttr(k)] !== undefined) setitem(d, k, record[mangleAttr(k)]);
    for (const k of Object.keys(record)) {
      const n = k.replace(/\$$/, "");
      if (!n.includes("$") && !RECORD_KEYS.includes(n)) setitem(d, n, record[k]);
    }
    let s = this._style === "{" ? cm(fmt, "format_map", d) : mod(fmt, d);
    const ei = record.exc_info;
    if (ei != null && ei !== false) {
      const e = Array.isArray(ei) ? ei[1] : ei;
      if (e != null && isinstance(e, BaseException)) {
        const text = format_exception(e).replace(/\n$/, "");
        s += "\n" + text;
      }
    }
    return s;
  });
});

const defaultFormatter = () => Formatter(BASIC_FORMAT);

export const Handler = mkclass("Handler", [], (C) => {
  C.__module__ = "logging";
  C.__init__ = method("Handler.__init__", ["level"], function (level) {
    this.level = level === undefined ? 0 : checkLevel(level);
    this.formatter = null;
    return null;
  }, { defaults: 1 });
  C.setLevel = method("Handler.setLevel", ["level"], function (level) {
    this.level = checkLevel(level);
    return null;
  });
  C.setFormatter = method("Handler.setFormatter", ["fmt"], function (fmt) {
    this.formatter = fmt;
    return null;
  });
  C.format = method("Handler.format", ["record"], function (record) {
    return cm(this.formatter ?? Formatter(), "format", record);
  });
  C.handle = method("Handler.handle", ["record"], function (record) {
    cm(this, "emit", record);
    return true;
  });
  C.emit = method("Handler.emit", ["record"], function () {
    return null;
  });
  C.flush = method("Handler.flush", [], () => null);
  C.close = method("Handler.close", [], () => null);
});

export const StreamHandler = mkclass("StreamHandler", [Handler], (C) => {
  C.__module__ = "logging";
  C.__init__ = method("StreamHandler.__init__", ["stream"], function (stream) {
    Handler.__init__.call(this);
    this.stream = stream ?? stderr;
    return null;
  }, { defaults: 1 });
  C.emit = method("StreamHandler.emit", ["record"], function (record) {
    cm(this.stream, "write", cm(this, "format", record) + "\n");
    return null;
  });
});

export const NullHandler = mkclass("NullHandler", [Handler], (C) => {
  C.__module__ = "logging";
});

const loggers = new Map();

function parentOf(logger) {
  let name = logger[NAME];
  for (let i = name.lastIndexOf("."); i > 0; i = name.lastIndexOf(".")) {
    name = name.slice(0, i);
    const p = loggers.get(name);
    if (p !== undefined) return p;
  }
  return logger === root ? null : root;
}


export const Logger = mkclass("Logger", [], (C) => {
  C.__module__ = "logging";
  C.__init__ = method("Logger.__init__", ["name", "level"], function (name, level) {
    this[NAME] = name;
    this.level = level === undefined ? 0 : checkLevel(level);
    this.handlers = [];
    this.propagate = true;
    this.disabled = false;
    return null;
  }, { defaults: 1 });
  C.__repr__ = method("Logger.__repr__", [], function () {
    return `<${this === root ? "RootLogger" : "Logger"} ${this[NAME]} (${getLevelName(cm(this, "getEffectiveLevel"))})>`;
  });
  C.setLevel = method("Logger.setLevel", ["level"], function (level) {
    this.level = checkLevel(level);
    return null;
  });
  C.getEffectiveLevel = method("Logger.getEffectiveLevel", [], function () {
    for (let l = this; l !== null; l = parentOf(l)) if (l.level) return l.level;
    return 0;
  });
  C.isEnabledFor = method("Logger.isEnabledFor", ["level"], function (level) {
    return level >= disabledBelow && level >= cm(this, "getEffectiveLevel");
  });
  C.addHandler = method("Logger.addHandler", ["hdlr"], function (h) {
    if (!this.handlers.includes(h)) this.handlers.push(h);
    return null;
  });
  C.removeHandler = method("Logger.removeHandler", ["hdlr"], function (h) {
    const i = this.handlers.indexOf(h);
    if (i >= 0) this.handlers.splice(i, 1);
    return null;
  });
  C.hasHandlers = method("Logger.hasHandlers", [], function () {
    for (let l = this; l !== null; l = l.propagate ? parentOf(l) : null) if (l.handlers.length) return true;
    return false;
  });
  C.getChild = method("Logger.getChild", ["suffix"], function (suffix) {
    return getLogger(this === root ? suffix : `${this[NAME]}.${suffix}`);
  });
  C._log = method("Logger._log", ["level", "msg", "args"], function (level, msg, args, kw) {
    if (this.disabled) return null;
    let excInfo = kw?.get("exc_info") ?? null;
    if (excInfo === true) excInfo = currentExc;
    const record = makeRecord(this[NAME], level, msg, args, excInfo, kw?.get("extra") ?? null);
    let found = 0;
    for (let l = this; l !== null; l = l.propagate ? parentOf(l) : null) {
      for (const h of l.handlers) {
        found++;
        if (record.levelno >= h.level) cm(h, "handle", record);
      }
    }
    if (found === 0 && level >= WARNING) {
      cm(stderr, "write", cm(record, "getMessage") + "\n");
    }
    return null;
  });
  const levelMethod = (name, level) => method(`Logger.${name}`, ["msg"], function (msg, ...args) {
    const k = splitkw(args);
    if (cm(this, "isEnabledFor", level)) this._log(level, msg, args, k?.map);
    return null;
  }, { varargs: true, varkw: true });
  C.debug = levelMethod("debug", DEBUG);
  C.info = levelMethod("info", INFO);
  C.warning = levelMethod("warning", WARNING);
  C.warn = levelMethod("warn", WARNING);
  C.error = levelMethod("error", ERROR);
  C.critical = levelMethod("critical", CRITICAL);
  C.fatal = levelMethod("fatal", CRITICAL);
  C.exception = method("Logger.exception", ["msg"], function (msg, ...args) {
    const k = splitkw(args);
    const map = new Map(k?.map ?? []);
    if (!map.has("exc_info")) map.set("exc_info", true);
    if (cm(this, "isEnabledFor", ERROR)) this._log(ERROR, msg, args, map);
    return null;
  }, { varargs: true, varkw: true });
  C.log = method("Logger.log", ["level", "msg"], function (level, msg, ...args) {
    const k = splitkw(args);
    if (typeof level !== "number") throw TypeError("level must be an integer");
    if (cm(this, "isEnabledFor", level)) this._log(level, msg, args, k?.map);
    return null;
  }, { varargs: true, varkw: true });
});

export const root = Logger("root", WARNING);
let disabledBelow = 0;
// The exception being handled is not tracked at run time: `exc_info=True` adds no traceback.
const currentExc = null;

export const getLogger = withSig(function getLogger(name) {
  if (name == null || name === "" || name === "root") return root;
  if (typeof name !== "string") throw TypeError("A logger name must be a string");
  let l = loggers.get(name);
  if (l === undefined) {
    l = Logger(name);
    loggers.set(name, l);
  }
  return l;
}, "getLogger", ["name"], { defaults: 1 });

export const disable = withSig(function disable(level) {
  disabledBelow = level === undefined ? CRITICAL + 1 : checkLevel(level) + 1;
  return null;
}, "disable", ["level"], { defaults: 1 });

export const basicConfig = withSig(function basicConfig(...args) {
  const k = splitkw(args)?.map ?? new Map();
  if (root.handlers.length > 0 && !truthy(k.get("force") ?? false)) return null;
  if (truthy(k.get("force") ?? false)) root.handlers = [];
  if (k.has("filename")) throw ValueError("pyjs: logging to files is not supported");
  const style = k.get("style") ?? "%";
  const fmt = Formatter(k.get("format") ?? (style === "{" ? "{levelname}:{name}:{message}" : BASIC_FORMAT), k.get("datefmt") ?? null, style);
  const hs = k.get("handlers") ?? [StreamHandler(k.get("stream") ?? null)];
  for (const h of hs) {
    if (h.formatter === null) cm(h, "setFormatter", fmt);
    cm(root, "addHandler", h);
  }
  if (k.has("level")) cm(root, "setLevel", k.get("level"));
  return null;
}, "basicConfig", [], { varkw: true });

const moduleLevel = (name) => withSig(function (msg, ...args) {
  if (root.handlers.length === 0) basicConfig();
  return cm(root, name, msg, ...args);
}, name, ["msg"], { varargs: true, varkw: true });

export const debug = moduleLevel("debug");
export const info = moduleLevel("info");
export const warning = moduleLevel("warning");
export const warn = moduleLevel("warn");
export const error = moduleLevel("error");
export const critical = moduleLevel("critical");
export const fatal = moduleLevel("fatal");
export const exception = moduleLevel("exception");
export const log = withSig(function log(level, msg, ...args) {
  if (root.handlers.length === 0) basicConfig();
  return cm(root, "log", level, msg, ...args);
}, "log", ["level", "msg"], { varargs: true, varkw: true });
