"""urllib.parse (urlencode doseq, parse_qs/parse_qsl corners, quote safe=, urljoin, urlsplit fields), html.escape/unescape, unicodedata (normalize, category, name/lookup, east_asian_width)."""
import html
import unicodedata
from urllib.parse import (urlencode, parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus, urljoin, urlparse, urlsplit, urlunsplit, urlunparse, urldefrag, quote_from_bytes, unquote_to_bytes, ParseResult)

print(urlencode({"q": "a b&c", "n": 5, "list": [1, 2]}), urlencode({"list": [1, 2], "t": ("x", "y")}, doseq=True), urlencode([("a", "1"), ("a", "2"), ("b", None)]))
print(urlencode({"sp ace": "é/ü"}, quote_via=quote), urlencode({"k": "a/b"}, safe="/"), urlencode({"b": b"\xff"}), urlencode({"x": ""}, doseq=True))
qs = "a=1&a=2&b=&c&d=%20x+y&e=%E2%82%AC;f=1"
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True), parse_qsl(qs, keep_blank_values=True), parse_qs("a=1;b=2", separator=";"))
print(parse_qsl("x=1&&y=2"), parse_qs(""), parse_qs("a=%zz"), parse_qsl("a=1&b=2", max_num_fields=5))
try:
    parse_qsl("a=1&b=2&c=3", max_num_fields=2)
except ValueError as e:
    print("ValueError", e)
try:
    parse_qsl("a", strict_parsing=True)
except ValueError as e:
    print("ValueError", e)
for s in ["a b/c?d=e&f", "~user", "ü€😀", "100%", "a+b"]:
    print(repr(s), quote(s), quote(s, safe=""), quote(s, safe="/?&="), quote_plus(s), quote_plus(s, safe="/"))
print(unquote("%C3%BC%zz%"), unquote_plus("a+b%2Bc"), unquote("%E2%82", errors="replace"), quote_from_bytes(b"\x00\xff "), unquote_to_bytes("%00%ffa"), quote("é", encoding="latin-1"))
base = "http://example.com/a/b/c?q=1#frag"
for rel in ["d", "../d", "/d", "//other.org/x", "?z=2", "#top", "", "../../../d", "g;x", "http://new.com"]:
    print(repr(rel), urljoin(base, rel))
u = urlparse("https://user:pw@Host.Example.com:8443/p/a;params?x=1&y=2#sec")
print(u, u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment, u.geturl())
s = urlsplit("HTTP://[::1]:80/x?y#z")
print(s, s.hostname, s.port, urlunsplit(s), urlunparse(("ftp", "h", "/p", "", "q=1", "")), urldefrag("http://a/b#c"), u._replace(fragment="").geturl())
try:
    urlsplit("http://host:99999/").port
except ValueError as e:
    print("ValueError", e)
print(urlsplit("mailto:a@b.c"), urlsplit("//netloc/path"), urlsplit("path/only?q"), urlsplit("file:///etc/hosts").path, isinstance(u, ParseResult))

text = '<a href="x?a=1&b=2">Tom & "Jerry" \'s</a>'
print(html.escape(text), html.escape(text, quote=False))
for ent in ["&amp;&lt;&gt;&quot;&#39;", "&copy; &eacute;&Eacute; &nbsp;|", "&#x20AC; &#8364; &#0; &#x110000;", "&notit; &not &amp", "&lt3 &unknown; &#xZZ;", "&AElig;&hearts;&frac12;"]:
    print(repr(html.unescape(ent)))

for ch in ["A", "é", "ß", "Ⅻ", "³", "7", "😀", " ", "\u200b", "中", "½", "\t", "Ω", "µ"]:
    print(repr(ch), unicodedata.category(ch), unicodedata.name(ch, "?"), unicodedata.east_asian_width(ch), unicodedata.combining(ch), unicodedata.mirrored(ch), unicodedata.decimal(ch, None), unicodedata.digit(ch, None), unicodedata.numeric(ch, None))
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    out = unicodedata.normalize(form, "Åﬁ½ é x²")
    print(form, repr(out), len(out), unicodedata.is_normalized(form, "Åﬁ½ é x²"))
print(unicodedata.lookup("LATIN SMALL LETTER SHARP S"), unicodedata.lookup("SNOWMAN"), unicodedata.lookup("GREEK CAPITAL LETTER OMEGA"), "\N{EURO SIGN}")
try:
    unicodedata.lookup("NO SUCH CHARACTER NAME")
except KeyError as e:
    print("KeyError", e)
try:
    unicodedata.name("\x00")
except ValueError as e:
    print("ValueError", e)
print(unicodedata.unidata_version, unicodedata.decomposition("é"), unicodedata.decomposition("A"), [unicodedata.category(c) for c in "a1 ,-$"])
s = "Crème Brûlée à la carte"
print("".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn"))
print(sorted(["b", "B", "á", "a"], key=lambda w: unicodedata.normalize("NFD", w).casefold()))
