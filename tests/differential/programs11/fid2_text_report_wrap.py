import textwrap
import string

ARTICLE = """\
    The quick brown fox jumps over the lazy dog. Pack my box with five dozen
    liquor jugs! How vexingly quick daft zebras jump; the five boxing wizards
    jump quickly.

    Sphinx of black quartz, judge my vow. Jackdaws love my big sphinx of
    quartz -- a phrase that is surprisingly hard to type on a phone.
"""

text = textwrap.dedent(ARTICLE)
paras = [p.replace("\n", " ") for p in text.strip().split("\n\n")]
for width in (30, 45):
    print(f"--- width {width} ---")
    for p in paras:
        print(textwrap.fill(p, width=width, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(paras[0], width=40))
print(textwrap.shorten(paras[1], width=25, placeholder=" [more]"))
print(textwrap.indent("a\n\nb\n", "> "))
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda line: True))
wrapper = textwrap.TextWrapper(width=20, break_long_words=True, max_lines=3)
print(wrapper.wrap("supercalifragilisticexpialidocious is a long word indeed friend"))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k", width=6))
print(textwrap.wrap("tab\there and  double  spaces", width=12, expand_tabs=True))

words = [w.strip(string.punctuation).lower() for p in paras for w in p.split()]
words = [w for w in words if w]
letters = set("".join(words))
print(len(words), "words;", "pangram" if set(string.ascii_lowercase) <= letters else "missing",
      "".join(sorted(set(string.ascii_lowercase) - letters)))
caps = string.capwords("hello   wide world-wide  web")
print(caps, "|", "hello world".title(), "|", "they're bill's".title())
tmpl = string.Template("$who owes $$${amount} for ${item}s")
print(tmpl.substitute(who="Ann", amount="3.50", item="apple"))
print(tmpl.safe_substitute(who="Bob"))
try:
    tmpl.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
table = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.2)]
widths = [max(len(str(r[i])) for r in table) for i in range(3)]
for i, row in enumerate(table):
    cells = [str(c).ljust(widths[0]) if j == 0 else str(c).rjust(widths[j]) for j, c in enumerate(row)]
    print(" | ".join(cells))
    if i == 0:
        print("-+-".join("-" * w for w in widths))
print("centered".center(20, "="), "x".zfill(4), "-42".zfill(6), "+7".zfill(4))
print("a\tbb\tccc".expandtabs(4), "|", "col1\tcol2".expandtabs())
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.ascii_letters[20:30], string.punctuation)
fmt = string.Formatter()
print(fmt.format("{0}-{x}", 1, x=2), list(fmt.parse("a{0!r:>3}b{c}")))
