"""html, xml.etree, urllib.parse, configparser, tomllib: a config-and-feed processing script."""
import html
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit, urlparse, urlunsplit, urljoin, quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl, urldefrag
import configparser
import tomllib

print(html.escape('<a href="x">Tom & "Jerry" \'s</a>'), html.escape("<&>", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &eacute; &#233; &#x263a; &notanentity; &copy2023 &nbsp;|"), html.unescape("&#0; &#x110000; &#128;"))

FEED = """<?xml version="1.0"?>
<rss version="2.0">
  <channel>
    <title>Example &amp; Co</title>
    <item id="1" lang="en"><title>First</title><price currency="EUR">10.50</price><tag>a</tag><tag>b</tag></item>
    <item id="2"><title>Second</title><price currency="USD">7</price>tail text</item>
    <item id="3" lang="fr"><title>Troisième</title><!-- comment --><price currency="EUR">3.25</price></item>
  </channel>
</rss>"""
root = ET.fromstring(FEED)
print(root.tag, root.attrib, root.find("channel/title").text, len(root.find("channel")))
for item in root.iter("item"):
    print(item.get("id"), item.get("lang", "-"), item.findtext("title"), item.find("price").attrib, [t.text for t in item.findall("tag")], repr(item.tail))
print([i.get("id") for i in root.findall(".//item[@lang]")], [i.get("id") for i in root.findall(".//item[@lang='fr']")])
print([p.text for p in root.findall(".//price[@currency='EUR']")], root.find(".//item[2]/title").text, [e.tag for e in root.findall("./channel/*")][:2])
print([i.findtext("title") for i in root.iterfind(".//item[tag]")], root.findtext("missing", "dflt"), root.find("nothing"))
total = sum(float(p.text) for p in root.iter("price"))
print(total, [el.tag for el in root.find(".//item")], list(root.find(".//item").itertext()))
cat = ET.Element("catalog", {"version": "2"})
for n, (name, qty) in enumerate([("bolt", 3), ("nut <M4>", 0), ("washer & co", 12)]):
    p = ET.SubElement(cat, "part", id=str(n))
    p.text = name
    if qty:
        ET.SubElement(p, "qty").text = str(qty)
        p[-1].tail = "\n"
cat.set("count", "3")
print(ET.tostring(cat, encoding="unicode"))
ET.indent(cat)
print(ET.tostring(cat, encoding="unicode"))
print(ET.tostring(ET.Element("empty"), encoding="unicode"), ET.tostring(ET.Element("e"), short_empty_elements=False))
cat.remove(cat[1])
print(len(cat), [p.get("id") for p in cat], cat.keys(), sorted(cat.items()))
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as e:
    print("ParseError:", e, e.position)
ns_doc = '<root xmlns="http://x/ns" xmlns:h="http://h/"><h:item>1</h:item><item>2</item></root>'
nr = ET.fromstring(ns_doc)
print([c.tag for c in nr], nr.find("{http://h/}item").text, nr.findall("h:item", {"h": "http://h/"})[0].text)

for url in ["https://user:pw@Example.COM:8443/a/b;p?q=1&q=2&r=#frag", "mailto:x@y.org", "//host/path", "/just/path?x", "http://[::1]:80/", "file:///etc/hosts"]:
    s = urlsplit(url)
    print(s, s.hostname, s.port, s.username, s.password, s.netloc)
print(urlparse("http://h/p;params?q#f"), urlunsplit(("https", "h", "/p", "a=1", "")), urldefrag("http://h/p#sec"))
for base, rel in [("http://a/b/c/d;p?q", "g"), ("http://a/b/c/d;p?q", "../g"), ("http://a/b/c/d;p?q", "../../../g"), ("http://a/b/c/d;p?q", "//g"),
                  ("http://a/b/c/d;p?q", "?y"), ("http://a/b/c/d;p?q", "#s"), ("http://a/b/c/", "g/./h/.."), ("http://a/b", "https://other/x")]:
    print(base, rel, "->", urljoin(base, rel))
print(quote("a b/c?d=é&"), quote("a b/c", safe=""), quote_plus("a b+c&d"), unquote("%E9t%C3%A9%zz"), unquote_plus("a+b%20c"), quote(b"\xff"))
print(urlencode({"q": "python 3", "page": 2, "tags": ["a", "b"]}), urlencode({"tags": ["a", "b"]}, doseq=True), urlencode([("x", "1"), ("x", "2")]))
print(parse_qs("a=1&a=2&b=&c"), parse_qs("a=1&b=", keep_blank_values=True), parse_qsl("x=1;y=2&z=%41", separator="&"), parse_qsl("k=v+w"))
try:
    urlsplit("http://h:99999/").port
except ValueError as e:
    print("ValueError:", e)

cfg = configparser.ConfigParser()
cfg.read_string("""
[DEFAULT]
base = /srv
debug = no

[app]
name = demo
path = %(base)s/app
workers = 4
ratio = 0.75
enabled = yes
multi = line one
    line two

[db]
host = localhost
port = 5432
url = postgres://%(host)s:%(port)s/x
""")
print(cfg.sections(), cfg.defaults(), list(cfg["app"]), cfg["app"]["path"], cfg.get("db", "url"), cfg.getint("app", "workers"))
print(cfg.getfloat("app", "ratio"), cfg.getboolean("app", "enabled"), cfg.getboolean("db", "debug"), repr(cfg.get("app", "multi")), cfg.get("app", "path", raw=True))
print(cfg.get("app", "missing", fallback="fb"), cfg.has_option("db", "base"), cfg.has_section("nope"), cfg["db"].getint("port") + 1)
for bad in [lambda: cfg.get("nope", "x"), lambda: cfg.get("app", "nope"), lambda: cfg.getint("app", "name"), lambda: cfg.add_section("app")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
bad_cfg = configparser.ConfigParser()
try:
    bad_cfg.read_string("[s]\nx = %(undefined)s\n")
    bad_cfg.get("s", "x")
except configparser.InterpolationMissingOptionError as e:
    print("InterpolationMissingOptionError:", e)
try:
    bad_cfg.read_string("[s]\n[s]\n")
except configparser.DuplicateSectionError as e:
    print("DuplicateSectionError:", e)
try:
    bad_cfg.read_string("no section header\n")
except configparser.MissingSectionHeaderError as e:
    print("MissingSectionHeaderError:", e)
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_dict({"paths": {"root": "/opt", "bin": "${root}/bin"}, "tool": {"exe": "${paths:bin}/run"}})
print(ext["tool"]["exe"], dict(ext["paths"]))
import io
cfg.set("app", "workers", "8")
cfg.remove_option("app", "multi")
buf = io.StringIO()
cfg.write(buf)
print(buf.getvalue())

doc = tomllib.loads('''
title = "TOML Example"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
name = "Nail"
color = "gray"
[misc]
hex = 0xDEAD_BEEF
oct = 0o755
bin = 0b1101
flt = 6.626e-34
inf = -inf
date = 1979-05-27
time = 07:32:00.999
local = 1979-05-27T07:32:00
ml = """
line1
  line2"""
lit = 'C:\\path'
"quoted key" = 1
a.b.c = "dotted"
''')
for k, v in doc.items():
    print(k, "=", repr(v))
for bad in ["x = ", "a = 1\na = 2", "[t]\n[t]", "s = 'unterminated", "k = 1 2"]:
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError:", e)
print(tomllib.loads("f = 0.1", parse_float=str))
