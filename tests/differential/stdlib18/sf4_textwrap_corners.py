"""textwrap: shorten, indent with predicates, dedent of mixed whitespace, wrap options."""
import textwrap

para = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")
for w in [20, 35, 60]:
    print(f"--- width {w}")
    print(textwrap.fill(para, width=w))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=False))
print(textwrap.wrap("well-known hyphen-ated words-here", width=8))
print(textwrap.wrap("well-known hyphen-ated words-here", width=8, break_on_hyphens=False))
print(textwrap.wrap("  leading   and   inner   spaces  ", width=12))
print(textwrap.wrap("  leading   and   inner   spaces  ", width=12, drop_whitespace=False))
print(textwrap.wrap("tabs\there\tand\tthere", width=15, expand_tabs=True, tabsize=4))
print(textwrap.wrap("a b c d e f g h i j k l m n o p", width=7, max_lines=2, placeholder=" …"))
print(textwrap.wrap("", width=5), textwrap.wrap("   ", width=5), textwrap.fill("x", width=1))
print(textwrap.fill("First sentence.  Second one. third", width=40, fix_sentence_endings=True))
print(textwrap.fill("item one item two item three item four", width=18, initial_indent="* ", subsequent_indent="  "))
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("abc def", width=4, max_lines=1, placeholder=" [more text]")
except ValueError as e:
    print("ValueError", e)

for w in [10, 15, 20, 40, 200]:
    print(w, repr(textwrap.shorten(para, width=w)))
print(repr(textwrap.shorten("Hello  world!  ", 12)), repr(textwrap.shorten("Hello world", 11, placeholder="...")))
print(repr(textwrap.shorten("one two three four", 12, placeholder=" [+]")))
try:
    textwrap.shorten("abcdef", 3)
except ValueError as e:
    print("ValueError", e)

code = '''
    def f(x):
        if x:
            return 1
\t
        return 2
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    x\n  y\n      z")), repr(textwrap.dedent("\t\tp\n\t\tq")))
print(repr(textwrap.dedent("  same\n  \n  indent\n")), repr(textwrap.dedent("no\n  indent")))
print(textwrap.indent("a\nb\n\nc", "> "))
print(repr(textwrap.indent("a\n  \nb\n", "+ ")), repr(textwrap.indent("a\n  \nb\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("x\r\ny\r\n", "  ")), repr(textwrap.indent("only", "#", lambda l: l.startswith("o"))))
w = textwrap.TextWrapper(width=25, initial_indent="- ", subsequent_indent="    ", max_lines=3, placeholder=" (cont.)")
print(w.fill(para))
print(w.wrap("short"), w.width, w.tabsize)
w.width = 50
print(w.fill(para))
table = [("name", "description"), ("alpha", "the first letter of the Greek alphabet, often used for angles"), ("omega", "the last")]
for name, desc in table:
    lines = textwrap.wrap(desc, 30) or [""]
    print(f"{name:<8}{lines[0]}")
    for extra in lines[1:]:
        print(" " * 8 + extra)
