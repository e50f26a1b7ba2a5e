"""difflib: unified/context/ndiff output, SequenceMatcher opcodes and ratios, close matches, restore, HtmlDiff-free."""
import difflib

old = """import os
def load(path):
    with open(path) as f:
        return f.read()

def save(path, text):
    with open(path, "w") as f:
        f.write(text)
print("done")
""".splitlines(keepends=True)
new = """import os
import sys
def load(path, encoding="utf-8"):
    with open(path, encoding=encoding) as f:
        return f.read()

def save(path, text):
    with open(path, "w") as f:
        f.write(text)
print("all done")
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(old, new, fromfile="a/io.py", tofile="b/io.py", fromfiledate="2024-01-01", tofiledate="2024-01-02")))
print("".join(difflib.unified_diff(old, new, n=1)))
print("".join(difflib.context_diff(old, new, fromfile="old", tofile="new", n=1)))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
diff = list(difflib.ndiff(old, new))
print("".join(difflib.restore(diff, 1)) == "".join(old), "".join(difflib.restore(diff, 2)) == "".join(new))
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff([], [], lineterm="")), list(difflib.unified_diff(["same\n"], ["same\n"])))
print(list(difflib.context_diff(["x\n"], ["y\n"], lineterm="")))

for a, b in [("abcd", "bcde"), ("private Thread currentThread;", "private volatile Thread currentThread;"), ("", ""), ("abc", ""), ("kitten", "sitting")]:
    sm = difflib.SequenceMatcher(None, a, b)
    print(repr(a), repr(b), round(sm.ratio(), 6), round(sm.quick_ratio(), 6), round(sm.real_quick_ratio(), 6))
    print("  ", sm.get_opcodes())
    print("  ", sm.get_matching_blocks())
sm = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 3), sm.find_longest_match(0, 29, 0, 38), sm.find_longest_match())
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] --> b[{j1}:{j2}] {sm.a[i1:i2]!r:>12} --> {sm.b[j1:j2]!r}")
sm.set_seqs("wxyz", "xyzw")
print(sm.get_opcodes(), list(sm.get_grouped_opcodes(0)))
sm2 = difflib.SequenceMatcher(None, list(range(10)), [0, 1, 99, 3, 4, 5, 6, 100, 8, 9])
print(list(sm2.get_grouped_opcodes(1)))
words = ["apple", "ape", "apply", "peach", "puppy", "application", "maple"]
print(difflib.get_close_matches("appel", words), difflib.get_close_matches("appel", words, n=2, cutoff=0.8))
print(difflib.get_close_matches("wheel", ["while", "wheat", "heel", "whelk"], cutoff=0.5), difflib.get_close_matches("zzz", words))
try:
    difflib.get_close_matches("x", words, n=0)
except ValueError as e:
    print("ValueError", e)
try:
    difflib.get_close_matches("x", words, cutoff=2)
except ValueError as e:
    print("ValueError", e)
d = difflib.Differ()
print("".join(d.compare(["abcDefghiJkl\n"], ["abcdefGhijkl\n"])))
print("".join(difflib.ndiff(["  indented line\n", "tab\there\n"], ["indented line\n", "tab here\n"], charjunk=difflib.IS_CHARACTER_JUNK)))
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x\n"), difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("a"))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\n"], [b"a\n", b"c\n"], b"x", b"y", lineterm=b"\n")))
try:
    list(difflib.unified_diff([b"a\n"], [b"b\n"]))
except TypeError as e:
    print("TypeError", e)
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["a\n"], [b"b\n"]))
except TypeError as e:
    print("TypeError", e)
