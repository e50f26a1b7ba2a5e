# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; the five boxing wizards jump quickly.")
for w in (10, 20, 35, 70, 200):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious and more", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious and more", 10, break_long_words=False))
print(textwrap.wrap("a well-known self-contained text-wrapping test-case", 12))
print(textwrap.wrap("a well-known self-contained text-wrapping test-case", 12, break_on_hyphens=False))
print(textwrap.wrap("Look, goof-ball -- use the -b option!", 8))
print(textwrap.wrap("x--y em--dash -- and---triple", 6))
print(textwrap.wrap("tab\there\tand\tthere", 12), textwrap.wrap("tab\there", 20, expand_tabs=False))
print(textwrap.wrap("tab\there", 20, tabsize=4), textwrap.wrap("a\tb", 20, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("line one\nline two\n\nline three", 12))
print(textwrap.wrap("  leading and trailing  ", 10), textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("Hello there. How are you? Fine.", 15, fix_sentence_endings=True))
print(textwrap.fill("Mr. Smith went home.\nHe slept.", 60, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=2), textwrap.wrap(text, 30, max_lines=3, placeholder=" ..."))
print(textwrap.wrap("short text", 30, max_lines=1), textwrap.wrap("aaaa bbbb cccc dddd", 9, max_lines=2))
print(textwrap.wrap("aaaaaaaaaaaaaaa bbb", 10, max_lines=1, placeholder="..."))
print(textwrap.wrap("héllo wörld ünïcode façade naïve", 11), textwrap.wrap("emoji 😀😀😀 test 😀", 8))
print(textwrap.wrap("a b c d e f g", 1), textwrap.wrap("abc", 1))

print(textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, 50), "|", textwrap.shorten(text, 50, placeholder=" (more)"))
print(repr(textwrap.shorten("   ", 10)), textwrap.shorten("tiny", 100))

print(repr(textwrap.dedent("""
    def f():
        return 1
    """)))
print(repr(textwrap.dedent("  a\n    b\n  c")), repr(textwrap.dedent("\ta\n\tb")), repr(textwrap.dedent("  a\n\tb")))
print(repr(textwrap.dedent("   \n  x\n \n  y\n")), repr(textwrap.dedent("no indent\n  some")), repr(textwrap.dedent("")))
print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")), repr(textwrap.indent("a\r\nb\rc", "+")))
print(repr(textwrap.indent("a\n\nb", ". ", lambda line: True)), repr(textwrap.indent("x\ny", "-", predicate=lambda l: l.startswith("y"))))

w = textwrap.TextWrapper(width=25, initial_indent="-> ", subsequent_indent="   ")
print(w.width, w.initial_indent, repr(w.placeholder), w.max_lines, w.break_long_words)
print(w.wrap(text))
w.width = 50
print(w.fill(text))
print(textwrap.TextWrapper(20, max_lines=2).fill(text))

class NoHyphenWrapper(textwrap.TextWrapper):
    def _split(self, text):
        return text.split(" ")
print(NoHyphenWrapper(width=12).wrap("one two three four five six"))

for bad in [lambda: textwrap.wrap("abc", 0), lambda: textwrap.wrap("a b c", 5, max_lines=1, placeholder=" [......]"),
            lambda: textwrap.TextWrapper(nope=1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
