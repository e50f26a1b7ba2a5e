# textwrap: wrap/fill widths, indent with predicate, dedent mixed, shorten, break_long_words.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "Sphinx of black quartz, judge my vow.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a-very-long-hyphenated-word-that-goes-on and on", 12))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.shorten(text, 40), "|", textwrap.shorten("short", 10), "|", textwrap.shorten(text, 40, placeholder=" [more]"))
print(repr(textwrap.dedent("""
    def f():
        return 1

      # comment
    """)))
print(textwrap.indent("one\n\ntwo\n  three", "> "))
print(textwrap.indent("one\n\ntwo", "+ ", predicate=lambda line: True))
print(textwrap.fill("tabs\there and\tthere", 12), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("Hello.  Two spaces.  End", 11, fix_sentence_endings=True))
w = textwrap.TextWrapper(width=15, max_lines=2, placeholder="...")
print(w.wrap(text))
