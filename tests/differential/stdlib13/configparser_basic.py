import configparser
import io

text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no

[paths]
home = /home/user
data = %(home)s/data
logs: ${data}/logs

[multi]
desc = first line
    second line
    third line
; a comment
# another
empty =
"""

cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections())
print(cp.defaults())
print("forge.example" in cp, "nope" in cp, cp.has_section("paths"), cp.has_option("paths", "home"))
print(cp.get("forge.example", "user"), cp["forge.example"]["User"])
print(cp.getint("topsecret.server.example", "port"), cp.getboolean("topsecret.server.example", "forwardx11"))
print(cp.getboolean("forge.example", "Compression"), cp.getfloat("DEFAULT", "compressionlevel"))
print(cp.get("paths", "data"), cp.get("paths", "data", raw=True))
print(repr(cp.get("multi", "desc")), repr(cp.get("multi", "empty")))
print(cp.get("forge.example", "missing", fallback="fb"), cp.getint("paths", "x", fallback=7))
print(cp.options("forge.example"))
print(list(cp["topsecret.server.example"].items()))
print(cp.items("forge.example"))
sec = cp["topsecret.server.example"]
print(sec.get("port"), sec.getint("port"), sec.name, len(sec))
print(dict(cp["paths"]))

try:
    cp.get("nosuch", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e)
try:
    cp.get("paths", "nosuch")
except configparser.NoOptionError as e:
    print("NoOptionError:", e)
try:
    cp.getboolean("paths", "home")
except ValueError as e:
    print("ValueError:", e)
try:
    cp.add_section("paths")
except configparser.DuplicateSectionError as e:
    print("DuplicateSectionError:", e)

cp.add_section("new")
cp.set("new", "key", "value")
cp["new"]["n"] = "3"
cp["dict"] = {"a": "1", "b": "2"}
cp.remove_option("multi", "empty")
cp.remove_section("topsecret.server.example")
out = io.StringIO()
cp.write(out)
print(out.getvalue())

raw = configparser.RawConfigParser()
raw.read_string("[s]\nk = 100%\n")
print(raw.get("s", "k"))
bad = configparser.ConfigParser()
bad.read_string("[s]\nk = 100%\n")
try:
    bad.get("s", "k")
except configparser.InterpolationSyntaxError as e:
    print("InterpolationSyntaxError:", e)

try:
    configparser.ConfigParser().read_string("[a]\nx=1\n[a]\n")
except configparser.DuplicateSectionError as e:
    print("DuplicateSectionError:", e)
try:
    configparser.ConfigParser().read_string("x=1\n")
except configparser.MissingSectionHeaderError as e:
    print("MissingSectionHeaderError:", e)

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string(text)
print(ext.get("paths", "logs"))
d = configparser.ConfigParser()
d.read_dict({"srv": {"port": 80, "debug": True}})
print(d.get("srv", "port"), d.getboolean("srv", "debug"))
print(d.read(["/nonexistent/file.ini"]))
