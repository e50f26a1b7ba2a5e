import textwrap
import difflib

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, width=25, max_lines=3, placeholder=" [...]"))
print(textwrap.shorten(text, width=50), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello world", 11))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10, break_long_words=False))
print(textwrap.wrap("well-known high-speed re-entry", width=8), textwrap.wrap("well-known high-speed", width=8, break_on_hyphens=False))
print(textwrap.wrap("a\tb\tc", width=10, expand_tabs=True, tabsize=4), textwrap.wrap("Dr. Who.  End.", fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("  lead and trail  ", 8, drop_whitespace=False))
code = """
    def f():
        return 1
      # odd indent

    x = 2
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\t b\n")), repr(textwrap.dedent("   x\n   \n   y")))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.indent("a\n\nb", "+", lambda l: True), sep="\n")
w = textwrap.TextWrapper(width=20, initial_indent="-> ", break_long_words=True)
print(w.wrap("Lorem ipsum dolor sit amet consectetur"), w.width)
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError:", e)

a = """line one
line two
line three
line four
line five""".splitlines(keepends=True)
b = """line one
line 2
line three
line four
line five
line six""".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")))
print("".join(difflib.unified_diff(a, b, "old", "new", "2024-01-01", "2024-01-02", n=1)))
print("".join(difflib.context_diff(a, b, fromfile="a", tofile="b")))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
print(list(difflib.restore(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"]), 2)))
words = ["apple", "ape", "peach", "puppy", "apply", "maple", "happy"]
print(difflib.get_close_matches("appel", words), difflib.get_close_matches("hapy", words, n=2, cutoff=0.5), difflib.get_close_matches("zzz", words))
sm = difflib.SequenceMatcher(None, "abcd efgh", "abxd efgxh")
print(sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio())
print(sm.get_matching_blocks())
print(sm.get_opcodes())
print(sm.find_longest_match(0, 9, 0, 10))
sm2 = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm2.ratio(), 3), list(sm2.get_grouped_opcodes(1)))
sm3 = difflib.SequenceMatcher(None, [1, 2, 3, 4], [1, 3, 4, 5])
for tag, i1, i2, j1, j2 in sm3.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] b[{j1}:{j2}]")
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, "abc", "").ratio())
d = difflib.Differ()
print("".join(d.compare(["abcdefg\n"], ["abcxefg\n"])))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("x\n"))
html = difflib.HtmlDiff().make_table(["a"], ["b"])
print(type(html).__name__, "<table" in html)
