import xml.etree.ElementTree as ET
import urllib.parse as up
import configparser
import tomllib
import io

doc = """<?xml version="1.0"?>
<catalog xmlns:x="http://example.com/x">
  <book id="bk101" lang="en">
    <author>Gambardella, Matthew</author>
    <title>XML Developer's Guide</title>
    <price currency="USD">44.95</price>
    <x:note>first &amp; best</x:note>
  </book>
  <book id="bk102">
    <author>Ralls, Kim</author>
    <title>Midnight Rain</title>
    <price>5.95</price>
  </book>
</catalog>"""
root = ET.fromstring(doc)
print(root.tag, len(root), [b.get("id") for b in root.findall("book")], root.find("book/title").text, root.findtext("book/price"))
for b in root.iter("book"):
    print(b.attrib, b.find("author").text, float(b.find("price").text), b.get("lang", "??"))
print([e.tag for e in root.iter()][:6], root.find(".//{http://example.com/x}note").text, root.find("book[@id='bk102']/title").text)
print([t.text for t in root.iterfind(".//title")], root.findall("book[price]")[1].get("id"), len(root.findall(".//price[@currency]")))
new = ET.SubElement(root, "book", id="bk103")
ET.SubElement(new, "title").text = "New & <Improved>"
new.set("lang", "fr")
print(ET.tostring(new, encoding="unicode"))
root.remove(root[0])
print(len(root), ET.tostring(root[0][0]))
e = ET.Element("root", attrib={"b": "2", "a": "1"})
e.text = "t"
c = ET.SubElement(e, "child")
c.tail = "tail"
print(ET.tostring(e, encoding="unicode"), ET.tostring(e, short_empty_elements=False))
tree = ET.ElementTree(ET.fromstring("<a><b><c>1</c></b><b/></a>"))
ET.indent(tree)
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue().decode())
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as err:
    print("ParseError:", err, err.position)
print([(ev, el.tag) for ev, el in ET.iterparse(io.StringIO("<r><s/><t>x</t></r>"), events=("start", "end"))])

url = "https://user:pw@example.com:8443/path/to/page.html;params?q=python+3&lang=en&lang=fr#section-2"
r = up.urlparse(url)
print(r, r.scheme, r.netloc, r.hostname, r.port, r.username, r.password, r.path, r.params, r.query, r.fragment)
print(up.parse_qs(r.query), up.parse_qsl(r.query), r._replace(fragment="").geturl(), up.urlunparse(r))
s = up.urlsplit("http://[::1]:80/a b?x=1")
print(s, s.hostname, s.port, up.urlunsplit(s))
print(up.urlencode({"q": "a b&c", "n": 1, "list": ["x", "y"]}, doseq=True), up.urlencode([("k", "v/w")], safe="/"), up.urlencode({"é": "ü"}))
print(up.quote("a b/c?d=é"), up.quote("a b/c", safe=""), up.quote_plus("a b+c"), up.unquote("a%20b%C3%A9"), up.unquote_plus("a+b%2B"), up.quote(b"\xff"))
print(up.urljoin("http://a/b/c/d;p?q", "../g"), up.urljoin("http://a/b/c/d", "//x/y"), up.urljoin("http://a/b/", "g?y#f"), up.urljoin("http://a/b", "https://z/"))
print(up.urldefrag("http://x/y#frag"), up.urlparse("//netloc/path"), up.urlparse("mailto:someone@x.com"), up.urlparse("file:///etc/hosts").path)
print(up.parse_qs("a=1&a=2&b=&c", keep_blank_values=True), up.parse_qs("x=%20y+z"), up.unquote_to_bytes("%e2%9c%93"))

ini = """
[DEFAULT]
timeout = 30
base = /srv

[server]
host = example.com
port = 8080
debug = yes
path = %(base)s/www
ratio = 0.75

[database]
user = admin
# comment
password = s3cr3t
multi = line one
    line two
"""
cp = configparser.ConfigParser()
cp.read_string(ini)
print(cp.sections(), cp.defaults(), list(cp["server"]), cp["server"]["path"], cp.get("server", "path", raw=True))
print(cp.getint("server", "port"), cp.getboolean("server", "debug"), cp.getfloat("server", "ratio"), cp.get("database", "timeout"), repr(cp["database"]["multi"]))
print(cp.get("server", "missing", fallback="fb"), cp.has_option("server", "host"), cp.has_section("nope"), "server" in cp, cp["server"].getint("port"))
cp["new"] = {"a": "1", "B": "two"}
cp.set("server", "port", "9090")
out = io.StringIO()
cp.write(out)
print(out.getvalue())
for bad in ["[s]\na=1\na=2", "no section", "[s]\n[s]"]:
    try:
        configparser.ConfigParser().read_string(bad)
    except configparser.Error as ex:
        print(type(ex).__name__, ex)
try:
    cp.get("server", "nokey")
except configparser.NoOptionError as ex:
    print("NoOptionError:", ex)
try:
    cp.getint("server", "host")
except ValueError as ex:
    print("ValueError:", ex)
raw = configparser.RawConfigParser()
raw.read_string("[x]\nv = %(y)s")
print(raw.get("x", "v"))

toml = """
title = "TOML Example"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
[[servers]]
name = "alpha"
ip = "10.0.0.1"
[[servers]]
name = "beta"
hex = 0xDEAD_BEEF
multiline = \"\"\"
Roses are red
Violets are blue\"\"\"
literal = 'C:\\Users\\x'
local_date = 1979-05-27
local_time = 07:32:00.5
big = 1_000_000
inf_ = inf
"""
data = tomllib.loads(toml)
print(data)
try:
    tomllib.loads("a = 1\na = 2")
except tomllib.TOMLDecodeError as ex:
    print("TOMLDecodeError:", ex)
try:
    tomllib.loads("x = [1, 2")
except tomllib.TOMLDecodeError as ex:
    print("TOMLDecodeError:", ex)
print(tomllib.load(io.BytesIO(b"k = 'v'")))
