"""API client helpers: urllib.parse + json + hmac/hashlib signing + base64 + uuid (deterministic)."""
import base64
import hashlib
import hmac
import json
import uuid
from urllib.parse import (urlencode, urlparse, urlunparse, parse_qs, parse_qsl, quote, quote_plus, unquote,
                          urljoin, urlsplit, urlunsplit, SplitResult)

BASE = "https://api.example.com/v2/"
def build(path, **params):
    url = urljoin(BASE, path.lstrip("/"))
    q = urlencode(sorted((k, v) for k, v in params.items() if v is not None), doseq=True)
    return f"{url}?{q}" if q else url
urls = [build("users", page=2, per_page=50, sort="-created"), build("/search", q="café & crème", tags=["a b", "c/d"]),
        build("items/42"), build("files", file="/tmp/x y.txt", empty="", none=None)]
for u in urls:
    p = urlparse(u)
    print(u)
    print("  ", p.netloc, p.path, parse_qs(p.query, keep_blank_values=True))
def sign(method, url, body, secret=b"s3cr3t"):
    p = urlsplit(url)
    canonical = "\n".join([method.upper(), p.path, "&".join(sorted(p.query.split("&"))) if p.query else "", hashlib.sha256(body).hexdigest()])
    mac = hmac.new(secret, canonical.encode(), hashlib.sha256)
    return base64.b64encode(mac.digest()).decode(), mac.hexdigest()[:16]
body = json.dumps({"name": "widget", "qty": 3}, separators=(",", ":"), sort_keys=True).encode()
print(sign("post", urls[0], body))
print(sign("get", urls[1], b""))
print(hmac.compare_digest(sign("get", urls[2], b"")[0], sign("GET", urls[2], b"")[0]))
ns = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
for u in urls:
    print(uuid.uuid5(ns, u), uuid.uuid3(ns, u).hex[:12])
r = urlsplit("HTTP://User@Example.COM:8080/a/./b/../c?x=1#frag")
print(r.scheme, r.hostname, r.port, r.username, r.path, r.geturl(), urlunsplit(r._replace(scheme="https", fragment="")))
print(SplitResult("https", "h", "/p", "", "").geturl(), urlunparse(("http", "h", "/p", "params", "q=1", "f")))
print(quote("a/b c?d&e=f", safe=""), quote("ü/ä"), quote_plus("x=1&y=2 3"), unquote("%E2%82%AC%20100"), parse_qsl("a=1&b=%20&c", keep_blank_values=True))
for href in ["../up", "/abs", "//cdn.example.com/lib.js", "?q=2", "#top", "https://other.org/x", "sub/page.html"]:
    print(href, "->", urljoin("https://site.com/docs/guide/index.html?old=1", href))
token = base64.urlsafe_b64encode(json.dumps({"sub": "user1", "exp": 1700000000}).encode()).rstrip(b"=").decode()
print(token)
pad = "=" * (-len(token) % 4)
print(json.loads(base64.urlsafe_b64decode(token + pad)))
print(urlparse("postgres://u:p%40ss@db:5432/app?sslmode=require").password, unquote(urlparse("postgres://u:p%40ss@db:5432/app").password))
try:
    urlsplit("http://[::1/").hostname
except ValueError as e:
    print("ValueError:", e)
print(urlparse("http://host:99999/").netloc)
try:
    urlparse("http://host:99999/").port
except ValueError as e:
    print("ValueError:", e)
