# split, rsplit, splitlines, partition, join.
s = "  a  b\tc\n d  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), ",".split(","), "".split(","), "".split())
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "abc".split("abc"), "x".split("xx"))
print("one two  three".split(" ", -1), "1 2 3".split(maxsplit=0), "  1 2 3".split(maxsplit=0))
for bad in ["", 5]:
    try:
        print("a b".split(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
text = "line1\nline2\r\nline3\rline4\n\nline6\x0bx\x0cy\x1cz\u2028w"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".split("\n"))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "+".join(("1",)), "\n".join(["p", "q"]))
print("".join(str(i) for i in range(10)), "|".join({"k1": 1, "k2": 2}))
for bad in [[1, 2], ["a", None], "abc"]:
    try:
        print("-".join(bad))
    except TypeError as e:
        print("TypeError", e)
csv = "name,age,city\nAnn,31,Oslo\nBob,,Rome\n"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
print([dict(zip(rows[0], r)) for r in rows[1:]])
print(" ".join(w.capitalize() for w in "the  quick brown".split()))
