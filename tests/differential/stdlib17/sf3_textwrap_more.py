"""textwrap: long words, break_on_hyphens, break_long_words, max_lines/placeholder, indent/dedent corners, shorten, TextWrapper attributes."""
import textwrap

text = ("The quick-brown fox jumped over the extraordinarily-long-hyphenated-word and "
        "a supercalifragilisticexpialidocious adjective, then rested.  Twice.")
for width in (10, 16, 25):
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(text, 16, break_on_hyphens=False))
print(textwrap.wrap(text, 16, break_long_words=False))
print(textwrap.wrap(text, 16, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 7), textwrap.wrap("a-b-c-d-e-f-g-h", 4), textwrap.wrap("--option-name --other", 8))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 30, max_lines=3), "|", textwrap.fill(text, 30, max_lines=2, placeholder=" [more]"))
print(textwrap.shorten(text, 40), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten(text, 50, placeholder="..."), textwrap.shorten("   ", 10) == "")
try:
    textwrap.shorten(text, 5, placeholder=" [...too long placeholder]")
except ValueError as e:
    print("ValueError:", e)
w = textwrap.TextWrapper(width=20, expand_tabs=True, tabsize=4, replace_whitespace=True, drop_whitespace=False)
print(w.wrap("a\tb\tc  d\ne  f   g h i j k l m n o"))
w2 = textwrap.TextWrapper(width=20, fix_sentence_endings=True)
print(w2.wrap("End here. Next one? Yes! Mr. Smith went.  Done."))
print(textwrap.TextWrapper(width=12, drop_whitespace=True).wrap("   leading and trailing   "))
print(textwrap.TextWrapper(width=12, drop_whitespace=False).wrap("   leading and trailing   "))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 1))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
code = """
    def f():
        return 1
\t
    # comment
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\t  x\n\t  y\n")), repr(textwrap.dedent("   \n  a\n   b")))
print(textwrap.indent("a\n\nb\n  c\n", "> "))
print(textwrap.indent("a\n\nb\n", "+ ", lambda line: True))
print(textwrap.indent("x\ny\nz", "  ", lambda l: l.strip() != "y"))
wrapper = textwrap.TextWrapper(width=18, initial_indent="-> ", subsequent_indent="   ", max_lines=4, placeholder=" ~")
print(wrapper.fill("Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor"))
print(wrapper.width, wrapper.max_lines, wrapper.placeholder, wrapper.break_on_hyphens, wrapper.tabsize)
para = "Column one text that is long enough to wrap around several times for testing."
cols = [textwrap.wrap(para, 20), textwrap.wrap(para.upper(), 14)]
for a, b in __import__("itertools").zip_longest(*cols, fillvalue=""):
    print(f"{a:<20} | {b}")
print(textwrap.wrap("Supercalifragilistic-expialidocious-thing", 12))
print(textwrap.wrap("x " * 5 + "y-" * 6, 5))
print(textwrap.fill("über naïve café résumé façade", 10))
