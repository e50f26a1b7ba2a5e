from collections import ChainMap
import re

DEFAULTS = """
[server]
host = 0.0.0.0
port = 8080
debug = false
workers = 4

[db]
url = sqlite:///app.db
pool = 5
timeout = 2.5
"""

USER = """
# user overrides
[server]
port = 9090   ; inline comment
debug = yes

[db]
pool = 10
tags = a, b , c
path = ${server:host}:${server:port}/data
"""

ENV = {"SERVER_WORKERS": "8", "DB_TIMEOUT": "oops", "UNRELATED": "1"}
SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]$")
PAIR = re.compile(r"^(?P<key>[\w.]+)\s*=\s*(?P<value>.*?)\s*(?:[;#].*)?$")


def parse(text):
    out, cur = {}, None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if m := SECTION.match(line):
            cur = out.setdefault(m["name"], {})
        elif (m := PAIR.match(line)) and cur is not None:
            cur[m["key"]] = m["value"]
        else:
            raise SyntaxError(f"line {n}: cannot parse {raw!r}")
    return out


def from_env(env):
    out = {}
    for k, v in env.items():
        sec, _, key = k.lower().partition("_")
        if key:
            out.setdefault(sec, {})[key] = v
    return out


layers = [from_env(ENV), parse(USER), parse(DEFAULTS)]
sections = sorted(set().union(*layers))
config = {s: ChainMap(*(l.get(s, {}) for l in layers)) for s in sections}

BOOL = {"true": True, "yes": True, "1": True, "on": True, "false": False, "no": False, "0": False, "off": False}


def convert(value, cfg):
    value = re.sub(r"\$\{(\w+):(\w+)\}", lambda m: str(cfg[m[1]][m[2]]), value)
    low = value.lower()
    if low in BOOL:
        return BOOL[low]
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    if "," in value:
        return [p.strip() for p in value.split(",")]
    return value


for s in sections:
    print(f"[{s}]")
    for k in sorted(config[s]):
        raw = config[s][k]
        origin = next(i for i, m in enumerate(config[s].maps) if k in m)
        print(f"  {k:<8} = {convert(raw, config)!r:<28} from {['env', 'user', 'defaults'][origin]}")
print(dict(config["server"]), len(config["db"]), config["db"].maps[0])
try:
    parse("[x]\nnot a pair")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    parse("key = before any section")
except SyntaxError as e:
    print("SyntaxError:", e)
child = config["server"].new_child({"port": "7000"})
print(child["port"], child.parents["port"], config["server"]["port"], list(child.keys()) == list(config["server"].keys()))
