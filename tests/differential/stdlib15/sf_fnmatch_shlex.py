"""File-pattern and shell-word helpers: fnmatch + glob + shlex + pathlib + os.path."""
import fnmatch
import glob
import os
import shlex
import tempfile
from pathlib import Path, PurePosixPath

names = ["main.py", "test_main.py", "README.md", "setup.cfg", "data.json", ".hidden", "Makefile", "notes.TXT", "a[1].log", "x?.py"]
for pat in ["*.py", "test_*", "*.[ch]", "[!.]*", "*.txt", "*.TXT", "?ain.py", "a[[]1].log", "*[?]*", "*"]:
    print(f"{pat:<10}", fnmatch.filter(names, pat), fnmatch.fnmatchcase("notes.TXT", pat))
print(fnmatch.translate("*.py"), fnmatch.translate("[!a-c]?x*"), fnmatch.fnmatch("A.PY", "*.py"))
with tempfile.TemporaryDirectory() as d:
    for rel in ["src/a.py", "src/b.py", "src/pkg/c.py", "src/pkg/data/d.json", "docs/index.md", "docs/.draft.md", "top.py"]:
        p = Path(d, rel)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(rel)
    rel = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
    print(rel(glob.glob(os.path.join(d, "*.py"))))
    print(rel(glob.glob(os.path.join(d, "src", "*"))))
    print(rel(glob.glob(os.path.join(d, "**", "*.py"), recursive=True)))
    print(rel(glob.glob(os.path.join(d, "**"), recursive=True)))
    print(rel(glob.glob(os.path.join(d, "docs", "*.md"))), rel(glob.glob(os.path.join(d, "docs", ".*"))))
    print(rel(glob.iglob(os.path.join(d, "src", "**", "*.json"), recursive=True)), glob.glob(os.path.join(d, "nomatch*")))
    print(sorted(str(p.relative_to(d)) for p in Path(d).glob("src/**/*.py")), sorted(p.name for p in Path(d).rglob("*.md")))
    print(rel(glob.glob("*.py", root_dir=os.path.join(d, "src"))) if False else sorted(glob.glob("*.py", root_dir=os.path.join(d, "src"))))
    print(glob.has_magic("a*b"), glob.has_magic("plain"), glob.escape("[x]*.py"))
cmd = """grep -rn --include='*.py' "def main" src/ | sort -k2 > out\\ file.txt # comment"""
print(shlex.split(cmd))
print(shlex.split(cmd, comments=True))
print(shlex.split("a 'b c' \"d \\\"e\\\"\" f\\ g"), shlex.split("no quotes  here"))
print(shlex.quote("simple"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote(""), shlex.join(["echo", "a b", "$HOME", "x'y"]))
lx = shlex.shlex("key=value; other = 'quoted val' # c", posix=True)
lx.whitespace_split = False
print(list(lx))
lx2 = shlex.shlex("a,b,,c", posix=True, punctuation_chars=True)
print(list(lx2))
try:
    shlex.split("unterminated 'quote")
except ValueError as e:
    print("ValueError:", e)
print(PurePosixPath("src/pkg/mod.py").match("pkg/*.py"), PurePosixPath("/a/b/c.tar.gz").suffixes, os.path.splitext("/a/b.c/d"), os.path.basename("dir/"), os.path.join("", "x"))
