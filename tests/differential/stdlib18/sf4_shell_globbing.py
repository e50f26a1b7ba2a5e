"""shlex/fnmatch/glob: split and quote command lines, match patterns, glob a temp tree (sorted), translate patterns."""
import fnmatch
import glob
import os
import shlex
import tempfile

cmds = ['ls -la "My Documents" \'single q\' esc\\ aped', "echo $HOME 'a b'\"c d\" # comment here", 'cp a\\"b "x\\"y" z', "grep -E 'a|b' file.txt | sort -u > out.txt", "", "   ", 'a "unterminated']
for c in cmds:
    try:
        print(repr(c), "->", shlex.split(c))
    except ValueError as e:
        print(repr(c), "-> ValueError", e)
print(shlex.split("echo hi # tail", comments=True), shlex.split("a 'b c'", posix=False), shlex.split('x "y z"', posix=False))
for s in ["simple", "with space", "it's", "", "$VAR", "a;b", "safe-chars_./@%+=:,", "tab\there", "ünï"]:
    print(repr(s), "->", shlex.quote(s))
print(shlex.join(["grep", "-r", "two words", "it's", "*.py"]))
lx = shlex.shlex("key1=val1, key2='quoted, val' ; rest", posix=True, punctuation_chars=True)
lx.whitespace_split = False
print(list(lx))
lx2 = shlex.shlex("a && b || (c; d) > f", punctuation_chars=True)
print(list(lx2))
lx3 = shlex.shlex("foo.bar(baz, 'q')")
print(list(lx3), lx3.lineno)
lx4 = shlex.shlex("one two\nthree", posix=True)
lx4.whitespace_split = True
print(lx4.get_token(), lx4.get_token(), lx4.lineno, lx4.get_token(), repr(lx4.get_token()))

names = ["report.txt", "Report.TXT", "data_2024.csv", "data_2023.csv", "notes.md", ".hidden", "a[1].txt", "x?y", "README"]
for pat in ["*.txt", "*.TXT", "data_202[34].csv", "data_*[!3].csv", "?????", ".*", "*", "a[[]1].txt", "x[?]y", "[!a-z]*", "*.[ct][sx][vt]"]:
    print(pat, fnmatch.filter(names, pat), [n for n in names if fnmatch.fnmatchcase(n, pat)] == fnmatch.filter(names, pat))
print(fnmatch.translate("*.py"), fnmatch.translate("a?[!b-d]*"), fnmatch.translate("[]]"), fnmatch.translate("**/x"))
print(fnmatch.fnmatch("FILE.PY", "*.py"), fnmatch.fnmatchcase("FILE.PY", "*.py"), fnmatch.fnmatch("a/b.py", "*.py"))

root = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(root)
try:
    for rel in ["src/app.py", "src/util/helpers.py", "src/util/__init__.py", "src/util/data.json", "tests/test_app.py", "tests/.cache/x.py", "docs/index.md", ".env", "setup.py", "a[b].txt"]:
        os.makedirs(os.path.dirname(rel) or ".", exist_ok=True)
        with open(rel, "w") as f:
            f.write(rel)
    print(sorted(glob.glob("*.py")), sorted(glob.glob("*")), sorted(glob.glob(".*")), sorted(glob.glob("*", include_hidden=True)))
    print(sorted(glob.glob("src/*/*.py")), sorted(glob.glob("**/*.py", recursive=True)), sorted(glob.glob("**/", recursive=True)))
    print(sorted(glob.glob("src/**", recursive=True)), sorted(glob.glob("**/*.py")), sorted(glob.glob("tests/**/*.py", recursive=True)))
    print(glob.glob("a[b].txt"), glob.glob(glob.escape("a[b].txt")), glob.escape("x*y?[z]"), sorted(glob.glob("s?c/app.py")), glob.glob("nothing*"))
    print(sorted(glob.glob("*.py", root_dir="src")), sorted(glob.glob("**/*.json", root_dir="src", recursive=True)), sorted(glob.iglob("[dt]*/*")))
    print(glob.has_magic("a*"), glob.has_magic("plain"), sorted(glob.glob("./src/*.py")), sorted(glob.glob(os.path.join(root, "docs", "*")))[0].endswith("index.md"))
finally:
    os.chdir(home)
    for d, dirs, files in os.walk(root, topdown=False):
        for f in files:
            os.remove(os.path.join(d, f))
        for sub in dirs:
            os.rmdir(os.path.join(d, sub))
    os.rmdir(root)
print(os.path.exists(root))
