"""Layered configuration: configparser (interpolation, types, sections) + ChainMap + argparse + os.environ."""
import argparse
import configparser
import io
import os
from collections import ChainMap

INI = """
[DEFAULT]
home = /opt/app
log_dir = ${home}/logs
level = INFO

[server]
host = 0.0.0.0
port = 8000
workers = 4
reload = off
access_log = ${log_dir}/access.log

[database]
url = postgres://${user}@${server:host}:5432/${name}
user = app
name = prod
pool = 5
timeout = 2.5

[feature.flags]
beta = true
ratio = 0.25
"""
cp = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
cp.read_string(INI, source="app.ini")
print(cp.sections(), sorted(cp["server"]), cp["server"]["access_log"], cp["database"]["url"])
print(cp.getint("server", "port"), cp.getboolean("server", "reload"), cp.getfloat("database", "timeout"), cp["feature.flags"].getboolean("beta"))
print(cp.get("server", "missing", fallback=None), cp.getint("server", "missing", fallback=-1), dict(cp["feature.flags"]))
print(cp.get("database", "url", vars={"name": "override"}), cp.get("database", "url", raw=True))
print(list(cp["database"].items())[:3])
cp2 = configparser.ConfigParser(converters={"list": lambda s: [x.strip() for x in s.split(",")]})
cp2.read_string("[a]\nnames = x, y ,z\nempty =\n[b]\nkey: value with: colon\n")
print(cp2.getlist("a", "names"), repr(cp2["a"]["empty"]), cp2["b"]["key"], cp2["a"].getlist("names"))
cp3 = configparser.ConfigParser(allow_no_value=True, delimiters=("=",), comment_prefixes=("#", ";"), inline_comment_prefixes=(";",))
cp3.read_string("[flags]\nverbose\nlevel = 3 ; inline\n# full comment\n")
print(dict(cp3["flags"]), cp3.has_option("flags", "verbose"))
bad = configparser.ConfigParser()
bad.read_string("[s]\na = %(missing)s\nb = 100%%\nc = %(b)s!\n")
print(bad["s"]["b"], bad["s"]["c"])
for sec, key in [("s", "a"), ("nosec", "a")]:
    try:
        bad.get(sec, key)
    except configparser.Error as e:
        print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    configparser.ConfigParser().read_string("[server]\nport = 1\n[server]\n", source="dup.ini")
except configparser.DuplicateSectionError as e:
    print("DuplicateSectionError:", e)
try:
    configparser.ConfigParser().read_string("[x]\n  indented_first = 1\n")
except configparser.Error as e:
    print(type(e).__name__, str(e).splitlines()[0])
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:8])

defaults = {"host": "127.0.0.1", "port": "80", "debug": "false", "workers": "1"}
env = {k[4:].lower(): v for k, v in {"APP_PORT": "9000", "APP_DEBUG": "true", "OTHER": "x"}.items() if k.startswith("APP_")}
parser = argparse.ArgumentParser(prog="serve")
parser.add_argument("--host")
parser.add_argument("--workers")
cli = {k: v for k, v in vars(parser.parse_args(["--workers", "8"])).items() if v is not None}
layered = ChainMap(cli, env, dict(cp["server"]), defaults)
print({k: layered[k] for k in ["host", "port", "debug", "workers", "reload"]})
print(layered.maps[0], len(layered), sorted(layered)[:5], layered.parents.maps[0])
child = layered.new_child({"port": "1234"})
print(child["port"], layered["port"], "port" in child.maps[0])
os.environ["SF_TEST_VAR"] = "from-env"
print(os.environ.get("SF_TEST_VAR"), os.getenv("SF_NOT_SET", "default"), "SF_TEST_VAR" in os.environ)
del os.environ["SF_TEST_VAR"]
print(os.environ.get("SF_TEST_VAR"), os.path.expandvars("$SF_NOT_SET/x") if False else "")
