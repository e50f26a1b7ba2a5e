"""textwrap options one by one; difflib diffs, opcodes and close matches."""
import textwrap
import difflib

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!  "
        "A well-known, hyphen-separated phrase: state-of-the-art, mother-in-law.\tTabs\there. "
        "Supercalifragilisticexpialidocious words break lines.")
for kw in [dict(width=30), dict(width=25, break_long_words=False), dict(width=20, break_on_hyphens=False),
           dict(width=28, initial_indent="* ", subsequent_indent="  "), dict(width=30, max_lines=3),
           dict(width=30, max_lines=2, placeholder=" [...]"), dict(width=40, expand_tabs=False),
           dict(width=40, tabsize=4), dict(width=35, fix_sentence_endings=True), dict(width=12),
           dict(width=40, drop_whitespace=False), dict(width=40, replace_whitespace=False)]:
    print(kw)
    for line in textwrap.wrap(text, **kw):
        print(f"  |{line}|")
print(textwrap.fill("one two three four five six", width=10))
print(textwrap.shorten("Hello   world,  this is a test", width=15), "|", textwrap.shorten("Hello world", 11), "|",
      textwrap.shorten("Hello world!", width=10, placeholder="..."))
try:
    textwrap.shorten("Hello world", width=3, placeholder=" [...]")
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError:", e)
block = """
    def f():
        return 1
\t
      # comment
    """
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n  y\n \n")))
print(textwrap.indent("a\n\nb\n  c", "> "))
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda line: True))
w = textwrap.TextWrapper(width=18, initial_indent="- ", subsequent_indent="  ", break_long_words=True)
print(w.wrap("Lists are wrapped with a custom TextWrapper instance reused twice."))
print(w.fill("x" * 40))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("a\nb\nc"), textwrap.wrap("word " * 3, width=5))

a = """Line one
Line two is here
Line three
Line four
Line five stays
Line six""".splitlines(keepends=True)
b = """Line one
Line 2 is here
Line three
Line four and more
Line five stays
Line seven
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, fromfile="old.txt", tofile="new.txt")), end="")
print("---- n=0")
print("\n".join(difflib.unified_diff([l.rstrip("\n") for l in a], [l.rstrip("\n") for l in b], n=0, lineterm="")))
print("---- context")
print("".join(difflib.context_diff(a, b, fromfile="a", tofile="b", n=1)), end="")
print("---- ndiff")
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])), end="")
print("".join(difflib.ndiff(["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"])), end="")
diff = list(difflib.ndiff(a, b))
print("".join(difflib.restore(diff, 2)) == "".join(b))
sm = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio(), sm.get_matching_blocks(), sm.get_opcodes())
sm = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 6), sm.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, "qabxcd", "abycdf").get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] --> b[{j1}:{j2}]")
sm = difflib.SequenceMatcher(None, "abcdefghij" * 3, "abcxefghij" * 3)
print([list(g) for g in sm.get_grouped_opcodes(1)])
words = ["ape", "apple", "peach", "puppy", "apply", "applet", "maple"]
print(difflib.get_close_matches("appel", words), difflib.get_close_matches("appel", words, n=2, cutoff=0.8),
      difflib.get_close_matches("wheel", ["while", "wheat", "whale", "steel"]), difflib.get_close_matches("zzz", words))
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, [1, 2, 3], [3, 2, 1]).ratio())
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("x\n"))
long_a = ["x"] * 250 + ["y"]
long_b = ["x"] * 250 + ["z"]
print(difflib.SequenceMatcher(None, long_a, long_b).ratio(), difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).ratio())
d = difflib.Differ()
print(list(d.compare(["a b c\n"], ["a c\n"])))
