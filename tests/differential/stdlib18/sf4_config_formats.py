"""configparser (interpolation, converters, errors, write) and tomllib (types, errors) for an app's settings."""
import configparser
import io
import tomllib

INI = """
[DEFAULT]
base_dir = /srv/app
log_level = INFO
retries = 3

[server]
host = 0.0.0.0
port = 8080
debug = yes
data_dir = %(base_dir)s/data
timeout = 2.5

[database]
url = postgres://db:5432/%(name)s
name = prod
pool = 10
options =
    sslmode=require
    connect_timeout=5

[empty]
"""
cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections(), cp.defaults()["retries"], cp.has_section("server"), cp.has_option("server", "retries"))
print(cp["server"]["data_dir"], cp.getint("server", "port"), cp.getboolean("server", "debug"), cp.getfloat("server", "timeout"))
print(cp.get("database", "url"), repr(cp.get("database", "options")), cp["database"].getint("pool"), cp.get("server", "missing", fallback="fb"))
print(sorted(cp["server"].keys()), dict(cp.items("database", raw=True))["url"], cp.get("server", "data_dir", raw=True), cp.get("server", "data_dir", vars={"base_dir": "/tmp"}))
print(list(cp["empty"].items()), len(cp["empty"]), "retries" in cp["empty"])
for fn in [lambda: cp.get("nosection", "x"), lambda: cp.get("server", "nooption"), lambda: cp.getint("server", "host"), lambda: cp.getboolean("server", "host"), lambda: cp.add_section("server"), lambda: cp.add_section("DEFAULT")]:
    try:
        print(fn())
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, e)
bad_interp = configparser.ConfigParser()
bad_interp.read_string("[a]\nx = %(missing)s\ny = %(y)s\nz = 100%\n")
for opt in ["x", "y", "z"]:
    try:
        print(bad_interp.get("a", opt))
    except configparser.InterpolationError as e:
        print(type(e).__name__, e)
for text in ["[dup]\na=1\n[dup]\n", "[s]\nk=1\nk=2\n", "no section\n", "[s]\n  indented = x\n", "[s\nk=v\n"]:
    try:
        configparser.ConfigParser().read_string(text)
        print("parsed", repr(text))
    except configparser.Error as e:
        print(type(e).__name__, e)
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[paths]\nroot = /opt\nbin = ${root}/bin\n[tools]\ncc = ${paths:bin}/cc\n")
print(ext["tools"]["cc"], ext["paths"]["bin"])
raw = configparser.RawConfigParser()
raw.read_string("[s]\npct = 50%\n")
print(raw.get("s", "pct"))
conv = configparser.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
conv.read_string("[s]\nitems = a, b ,c\n")
print(conv.getlist("s", "items"), conv["s"].getlist("items"))
out = configparser.ConfigParser()
out["main"] = {"name": "demo", "count": "2"}
out["main"]["flag"] = "true"
out.add_section("extra")
out.set("extra", "path", "/x")
out.set("extra", "novalue", None) if out._allow_no_value else None
buf = io.StringIO()
out.write(buf)
print(buf.getvalue(), end="")
buf = io.StringIO()
out.write(buf, space_around_delimiters=False)
print(repr(buf.getvalue()))
nv = configparser.ConfigParser(allow_no_value=True, delimiters=(":",), comment_prefixes=(";",), inline_comment_prefixes=("#",))
nv.read_string("[flags]\nverbose\nlevel: 3 # inline\n; comment\n")
print(list(nv["flags"].items()))
try:
    out.set("main", "num", 5)
except TypeError as e:
    print("TypeError", e)
out.remove_option("main", "count")
out.remove_section("extra")
print(out.sections(), dict(out["main"]), cp.optionxform("MiXed"), configparser.ConfigParser.BOOLEAN_STATES["on"])

TOML = '''
title = "TOML \\u00e9xample"
version = 1.2
count = 1_000
hex = 0xDEAD_BEEF
enabled = true
date = 1979-05-27
datetime = 1979-05-27T07:32:00-08:00
local_dt = 1979-05-27T07:32:00.5
time = 07:32:00
inf = inf
nan_neg = -nan
array = [1, 2, 3,]
mixed = [[1, 2], ["a", "b"], {x = 1}]
literal = 'C:\\path\\no_escape'
multi = """
line one
line two \\
  continued"""

[owner]
name = "Tom"
"quoted key" = 1
a.b.c = "dotted"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]
name = "Nail"
color = "gray"
'''
doc = tomllib.loads(TOML)
for k, v in doc.items():
    if k == "nan_neg":
        print(k, repr(v) if v == v else "nan")
    else:
        print(k, repr(v))
for bad in ['a = 1\na = 2', 'x = ', '[t]\n[t]', 'k = "unterminated', 'arr = [1 2]', 'd = 1979-13-01', "v = 01", "a.b = 1\na = 2"]:
    try:
        tomllib.loads(bad)
        print(repr(bad), "parsed")
    except tomllib.TOMLDecodeError as e:
        print(repr(bad), "TOMLDecodeError", e)
print(tomllib.loads("x = 1.5", parse_float=str), tomllib.load(io.BytesIO(b"k = 'v'")))
try:
    tomllib.load(io.StringIO("k = 1"))
except TypeError as e:
    print("TypeError", e)
