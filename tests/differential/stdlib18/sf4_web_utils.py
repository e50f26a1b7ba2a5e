"""urllib.parse corners, mimetypes guesses, http status lookups, email.utils dates and addresses, html.escape in a tiny template."""
import email.utils
import html
import mimetypes
from datetime import datetime, timedelta, timezone
from http import HTTPStatus
from urllib.parse import (parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus, urldefrag, urlencode, urljoin,
                          urlparse, urlsplit, urlunparse, urlunsplit)

for url in ["https://user:pw@Example.COM:8443/a/b;p?q=1&q=2&x=%20y#frag", "http://[::1]:80/", "file:///etc/hosts", "mailto:a@b.c?subject=hi",
            "//cdn.example.com/lib.js", "relative/path?x", "https://example.com", "http://h/p?", "ftp://host/%7Euser/"]:
    u = urlparse(url)
    print(url)
    print("  ", tuple(u), u.hostname, u.port, u.username, u.password, urlunparse(u) == url)
s = urlsplit("https://example.com:99999/x")
try:
    s.port
except ValueError as e:
    print("ValueError", e)
base = "https://example.com/docs/guide/intro.html?x=1"
for ref in ["../api/", "/root", "page2.html", "?y=2", "#top", "//other.org/x", "https://abs.com/", "", ".", "../../../../up", "g;x?y#s"]:
    print(repr(ref), "->", urljoin(base, ref))
print(urldefrag("http://x/y#z"), urlunsplit(("https", "h", "/p", "a=1", "f")))
qs = "a=1&b=two+words&a=3&empty=&flag&c=%E2%9C%93"
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True), parse_qsl(qs, keep_blank_values=True))
try:
    parse_qsl("a=1&bad", strict_parsing=True)
except ValueError as e:
    print("ValueError", e)
print(urlencode({"q": "a b&c", "n": 5, "list": ["x", "y"]}), urlencode({"list": ["x", "y"]}, doseq=True), urlencode([("k", "ü")], quote_via=quote))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b+c"), unquote("%E2%9C%93%zz"), unquote_plus("a+b%21"), quote(b"\x00\xff"), unquote("%C3%A9", errors="strict"))
for name in ["report.pdf", "photo.JPG", "archive.tar.gz", "data.json", "script.js", "style.css", "noext", "page.html", "x.svg", "a.csv", "b.txt", "c.py"]:
    print(name, mimetypes.guess_type(name))
print(mimetypes.guess_extension("application/json"), mimetypes.guess_extension("text/plain"), mimetypes.guess_type("http://x.com/a.png?q=1"))
for code in [200, 201, 204, 301, 404, 418, 429, 500, 503]:
    st = HTTPStatus(code)
    print(code, st.name, st.phrase, st.description[:30], st.is_success if hasattr(st, "is_success") else "", int(st) == code)
try:
    HTTPStatus(299)
except ValueError as e:
    print("ValueError", e)
d = datetime(2024, 3, 5, 14, 7, 9, tzinfo=timezone(timedelta(hours=-5)))
print(email.utils.format_datetime(d), email.utils.format_datetime(d.astimezone(timezone.utc), usegmt=True), email.utils.formatdate(0, usegmt=True), email.utils.formatdate(86400 * 365, localtime=False))
print(email.utils.parsedate_to_datetime("Tue, 05 Mar 2024 14:07:09 -0500"), email.utils.parsedate("Tue, 5 Mar 2024 14:07:09 +0000"), email.utils.parsedate_tz("5 Mar 2024 14:07 EST"))
print(email.utils.parseaddr("Ann Example <ann@example.com>"), email.utils.parseaddr("bare@x.org"), email.utils.parseaddr("broken <"), email.utils.formataddr(("Zoë, Q.", "z@q.io")))
print(email.utils.getaddresses(["a@b.c, Bob <bob@x.y>", '"Smith, J" <j@s.m>']), email.utils.quote('a"b\\c'), email.utils.unquote('"quoted"'))


def render(template, **ctx):
    out = template
    for k, v in ctx.items():
        out = out.replace("{{" + k + "}}", html.escape(str(v)))
    return out


print(render("<p title='{{t}}'>{{body}}</p>", t="O'Reilly & Sons", body="<script>alert(1)</script>"))
