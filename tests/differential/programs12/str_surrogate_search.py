# Lone surrogates (from chr) as needles: a match must not split a surrogate pair of the
# haystack (one code point in Python). Every str search method, `in`, split/replace/partition.
hi = chr(0xD83D)
lo = chr(0xDE00)
pair = "\U0001F600"
s = "a" + pair + "b" + pair
lone = "x" + hi + "y" + lo + "z"
mixed = hi + pair + lo + hi


def show(*xs):
    print(*[ascii(x) for x in xs])


for hay in (s, lone, mixed, pair, hi, lo, ""):
    for needle in (hi, lo, "b" + hi, lo + "b", hi + "y", "y" + lo, lo + hi, pair):
        show(hay, needle, needle in hay, hay.count(needle), hay.find(needle), hay.rfind(needle))
        show(hay.replace(needle, "_"), hay.replace(needle, "$&", 1), hay.split(needle), hay.rsplit(needle, 1))
        show(hay.split(needle, 1), hay.partition(needle), hay.rpartition(needle))
        show(hay.startswith(needle), hay.endswith(needle), hay.startswith(needle, 1), hay.endswith(needle, 0, 2))
        show(hay.removeprefix(needle), hay.removesuffix(needle))
        try:
            print(hay.index(needle), hay.rindex(needle))
        except ValueError as e:
            print("ValueError", e)

# lone surrogates found at real positions
show(lone.find(hi), lone.find(lo), lone.count(hi))
show(mixed.find(lo), mixed.rfind(hi), mixed.split(lo), mixed.replace(hi, "H"))
show(s.startswith(("q", pair)), s.endswith((lo, "b")), s.startswith((hi, "a")))
