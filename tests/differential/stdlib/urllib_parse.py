from urllib.parse import (urlparse, urlsplit, urlunparse, urljoin, quote, quote_plus, unquote,
                          unquote_plus, urlencode, parse_qs, parse_qsl, urldefrag)
import urllib.parse

u = urlparse("https://user:pw@Example.com:8080/path/to;p?q=1&r=two#frag")
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment, u.hostname, u.port, u.username, u.password)
print(u.geturl(), urlunparse(u))
print(urlsplit("http://x.org/a/b?c=d#e"), urlsplit("mailto:me@x.org"), urlsplit("//host/p"))
print(urlparse("/relative/path?x=1"), urlparse("example.com/no-scheme").netloc == "")
for base, rel in [("http://a/b/c/d;p?q", "g"), ("http://a/b/c/d;p?q", "../g"), ("http://a/b/c/d;p?q", "/g"),
                  ("http://a/b/c/d;p?q", "//g"), ("http://a/b/c/d;p?q", "?y"), ("http://a/b/c/d;p?q", "#s"),
                  ("http://a/b/c/d;p?q", "../../g"), ("http://a/b/c/d;p?q", "./"), ("https://x.com/docs/", "api.html"),
                  ("http://a/b/c/d", "https://other/z")]:
    print(rel, "->", urljoin(base, rel))
print(quote("hello world/ä?&="), quote("a b", safe=""), quote_plus("a b&c=d/e"), quote(b"\x00\xff"))
print(unquote("hello%20world%2F%C3%A4"), unquote_plus("a+b%2Bc"), unquote("%zz%4"), unquote("%E2%82%AC"))
print(urlencode({"a": 1, "b": "x y", "c": "ä&"}), urlencode([("k", "v1"), ("k", "v2")]))
print(urlencode({"k": ["a", "b"]}, doseq=True), urlencode({"k": ["a", "b"]}))
print(parse_qs("a=1&b=2&a=3&c="), parse_qs("c=&d", keep_blank_values=True), parse_qsl("x=1+2&y=%41"))
print(urldefrag("http://x/y#z"), urllib.parse.quote("~user"))
