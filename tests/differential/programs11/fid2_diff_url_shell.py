import difflib
import shlex
import fnmatch
import posixpath
from urllib.parse import urlparse, urlencode, parse_qs, quote, unquote, urljoin, urlunparse, parse_qsl, quote_plus
from pathlib import PurePosixPath

old = """def total(items):
    s = 0
    for i in items:
        s += i
    return s
""".splitlines(keepends=True)
new = """def total(items, start=0):
    s = start
    for item in items:
        s += item
    return s
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(old, new, fromfile="a/calc.py", tofile="b/calc.py")))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "three\n", "four\n"])))
sm = difflib.SequenceMatcher(None, "kitten sitting", "sitting kitten")
print(round(sm.ratio(), 4), sm.find_longest_match(0, 14, 0, 14), sm.get_matching_blocks()[:3])
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, "abcdef", "abXdeYf").get_opcodes():
    print(f"  {tag:<8} a[{i1}:{i2}] b[{j1}:{j2}]")
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy", "applet"]), difflib.get_close_matches("xyz", ["abc"]))

cmd = 'grep -rn --include="*.py" "def main" src/ | sort -k2 \'quoted arg\''
parts = shlex.split(cmd)
print(parts)
print(shlex.join(["echo", "hello world", "it's", "$HOME"]), shlex.quote("safe"), shlex.quote("un safe"), shlex.quote(""))
print(shlex.split("a 'b c' \"d e\" f\\ g # comment", comments=True))

files = ["main.py", "test_main.py", "README.md", "setup.cfg", "data.json", "Test_upper.PY", "notes.txt"]
print(fnmatch.filter(files, "*.py"), fnmatch.filter(files, "test_*"), [f for f in files if fnmatch.fnmatchcase(f, "[A-Z]*")])
print(fnmatch.fnmatch("a.txt", "?.txt"), fnmatch.fnmatch("ab.txt", "?.txt"), fnmatch.translate("*.p[yz]"))

p = "/usr/local/lib/python3.11/site-packages/pkg/__init__.py"
print(posixpath.basename(p), posixpath.dirname(p), posixpath.splitext(p), posixpath.split(p)[0][-12:])
print(posixpath.join("/a", "b", "../c", "d/"), posixpath.normpath("/a/./b/../../c//d/"), posixpath.relpath("/a/b/c", "/a/x"))
print(posixpath.commonpath(["/a/b/c", "/a/b/d/e"]), posixpath.isabs("a/b"), posixpath.splitext(".bashrc"), posixpath.splitext("a.tar.gz"))
pp = PurePosixPath("/srv/app/static/css/site.min.css")
print(pp.name, pp.stem, pp.suffix, pp.suffixes, pp.parent, pp.parts[:3], pp.anchor, pp.with_suffix(".map"), pp.with_name("x.css"))
print(pp.relative_to("/srv/app"), pp.match("*.css"), pp.is_absolute(), PurePosixPath("a") / "b" / "c.txt", list(pp.parents)[:2])

url = "https://user:pw@shop.example.com:8443/cart/items;v=2?id=42&tag=a&tag=b#summary"
u = urlparse(url)
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.params, u.query, u.fragment, u.username, u.password)
print(parse_qs(u.query), parse_qsl(u.query), urlencode({"q": "caffè latte", "page": 2, "tags": ["x", "y"]}, doseq=True))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), unquote("caff%C3%A8%20latte"), quote_plus("a b&c"))
print(urljoin("https://x.org/docs/guide/intro.html", "../api/ref.html"), urljoin("https://x.org/a/b", "/root"), urljoin("https://x.org/a/", "c?d=1"))
print(urlunparse(("http", "h.com", "/p", "", "a=1", "f")), u._replace(fragment="", query="").geturl())
