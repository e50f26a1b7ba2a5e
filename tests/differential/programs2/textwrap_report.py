import textwrap

para = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
for w in (20, 33, 50):
    print(f"--- width {w}")
    print(textwrap.fill(para, width=w))
print(textwrap.wrap(para, width=25, max_lines=3))
print(textwrap.wrap(para, width=25, max_lines=2, placeholder="..."))
print(textwrap.fill(para, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world, this   is a test", width=15))
print(textwrap.dedent("""\
        first
          second
        third
"""))
print(textwrap.indent("one\n\ntwo\n", "+ ", predicate=lambda line: True))
w = textwrap.TextWrapper(width=12, break_long_words=True, expand_tabs=True)
print(w.wrap("supercalifragilisticexpialidocious is long\tword"))
w2 = textwrap.TextWrapper(width=12, break_long_words=False, break_on_hyphens=True)
print(w2.wrap("well-known state-of-the-art mother-in-law"))
print(textwrap.fill("a\tb\tc", width=10, tabsize=4))
print(textwrap.wrap("", width=10), textwrap.wrap("   ", width=10))
print(textwrap.fill("Sentence one.  Sentence two.", width=80, fix_sentence_endings=True))
print(textwrap.wrap("word " * 5, width=10, drop_whitespace=False))
