"""A hand-written INI/config parser state machine with typed getters and error reporting."""
import re


class ConfigSyntaxError(Exception):
    def __init__(self, lineno, line, reason):
        super().__init__(f"line {lineno}: {reason}: {line!r}")
        self.lineno = lineno


class Section(dict):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def getint(self, key, default=None):
        v = self.get(key)
        return default if v is None else int(v, 0)

    def getbool(self, key, default=False):
        v = self.get(key)
        if v is None:
            return default
        v = v.lower()
        if v in ("1", "yes", "true", "on"):
            return True
        if v in ("0", "no", "false", "off"):
            return False
        raise ValueError(f"not a boolean: {v!r}")

    def getlist(self, key):
        return [x.strip() for x in self.get(key, "").split(",") if x.strip()]


SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]\s*$")
KEYVAL = re.compile(r"^(?P<key>[\w.\-]+)\s*[=:]\s*(?P<value>.*)$")
INTERP = re.compile(r"\$\{(?:(?P<sec>\w+):)?(?P<key>[\w.\-]+)\}")


def parse(text):
    sections = {"DEFAULT": Section("DEFAULT")}
    current = None
    last_key = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith(("#", ";")):
            continue
        if line[0].isspace() and last_key is not None:
            current[last_key] += "\n" + line.strip()
            continue
        if m := SECTION.match(line):
            name = m["name"].strip()
            if name in sections and name != "DEFAULT":
                raise ConfigSyntaxError(lineno, raw, "duplicate section")
            current = sections.setdefault(name, Section(name))
            last_key = None
        elif m := KEYVAL.match(line):
            if current is None:
                raise ConfigSyntaxError(lineno, raw, "key outside section")
            last_key = m["key"].lower()
            current[last_key] = m["value"].split(" #")[0].strip()
        else:
            raise ConfigSyntaxError(lineno, raw, "cannot parse")
    defaults = sections["DEFAULT"]
    for sec in sections.values():
        for k, v in defaults.items():
            sec.setdefault(k, v)
    for sec in sections.values():
        for k, v in list(sec.items()):
            for _ in range(5):
                nv = INTERP.sub(lambda m: sections[m["sec"] or sec.name][m["key"]], v)
                if nv == v:
                    break
                v = nv
            sec[k] = v
    return sections


CONFIG = """
# global settings
[DEFAULT]
base = /srv/app
debug = no

[server]
host = 0.0.0.0
port = 0x1F90       # hex is fine
workers: 4
log = ${base}/logs/server.log
debug = Yes

[database]
url = postgres://${server:host}:5432/main
pool = 5
tags = primary, eu-west ,, fast
motd = first line
  second line
  third line
"""
cfg = parse(CONFIG)
print(sorted(cfg))
srv, db = cfg["server"], cfg["database"]
print(srv.getint("port"), srv.getint("workers"), srv.getbool("debug"), db.getbool("debug"), srv["log"])
print(db["url"], db.getlist("tags"), db.getint("missing", -1))
print(repr(db["motd"]))
print(dict(sorted(srv.items())))
for bad in ["[a]\nx = 1\n[a]\n", "x = 1\n", "[s]\n??? what\n", "[s]\nflag = maybe\n"]:
    try:
        c = parse(bad)
        print(c["s"].getbool("flag"))
    except ConfigSyntaxError as e:
        print("ConfigSyntaxError:", e, "| lineno", e.lineno)
    except ValueError as e:
        print("ValueError:", e)
try:
    parse("[s]\nk = ${nope}\n")
except KeyError as e:
    print("KeyError:", e)
