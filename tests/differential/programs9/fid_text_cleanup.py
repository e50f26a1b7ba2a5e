"""Text cleanup script: string methods galore on a messy address list."""
RAW = """  john SMITH ;  42 baker st. ;\tLondon ; +44 20 7946 0958
MARÍA garcía;calle MAYOR 7 ;  madrid;+34-91-123-4567
   ;  ; ;
o'neil, PATRICK ; 1600 pennsylvania ave NW ; Washington DC ; (202) 456-1111
straße müller ; hauptstraße 5; Berlin ;030 1234567
"""


def normalize_name(raw):
    raw = raw.strip()
    if "," in raw:
        last, _, first = raw.partition(",")
        raw = f"{first.strip()} {last.strip()}"
    return " ".join(w.capitalize() for w in raw.split())


def digits_only(s):
    return "".join(ch for ch in s if ch.isdigit())


table = str.maketrans({"ß": "ss", "í": "i", "ü": "ue"})
rows = []
for lineno, line in enumerate(RAW.splitlines(), 1):
    fields = [f.strip() for f in line.split(";")]
    if not any(fields):
        print(f"line {lineno}: blank record skipped")
        continue
    name, street, city, phone = fields
    rows.append({
        "name": normalize_name(name),
        "street": street.title().replace("St.", "Street"),
        "city": city.upper() if len(city) <= 6 else city.title(),
        "phone": digits_only(phone),
        "ascii": normalize_name(name).translate(table).casefold(),
    })

w = max(len(r["name"]) for r in rows)
for r in rows:
    print(f"|{r['name']:<{w}}|{r['street']:^28}|{r['city']:>14}|{r['phone'].zfill(13)}|")
print([r["ascii"] for r in rows])

s = "The quick brown fox jumps over the lazy dog"
print(s.count("o"), s.find("fox"), s.rfind("o"), s.index("lazy"), s.find("cat"))
print(s.split(" ", 3), s.rsplit(" ", 2), s.partition("fox"), s.rpartition("o"))
print(s.swapcase(), s.lower().startswith(("a", "the")), s.endswith("dog", 0, -1))
print(s.replace("o", "0", 2), s.center(50, "*"), s.ljust(45, ".") + "|", "abc".rjust(6, "-"))
print("a\tbc\td".expandtabs(4), repr("x\ty".expandtabs()), "  pad  ".strip(), "xxhixx".strip("x"))
print("www.example.com".lstrip("w."), "file.tar.gz".rstrip(".gz"), "prefix_name".removeprefix("prefix_"), "a.py".removesuffix(".py"))
print("Hello World".istitle(), "hello".isalpha(), "12ab".isalnum(), "٣".isdigit(), "½".isnumeric(), "³".isdecimal())
print("  ".isspace(), "".isspace(), "ABC".isupper(), "abc1".islower(), "snake_case".isidentifier(), "1x".isidentifier())
print("ß".upper(), "İ".lower(), len("İ".lower()), "ﬁ".upper(), "Straße".casefold() == "strasse")
print("one\ntwo\r\nthree\rfour\x0bfive".splitlines(), "a\nb\n".splitlines(keepends=True))
print("a,b,,c,".split(","), ",".join(["x", "y"]), "".join(reversed("stressed")), "-".join("abc"))
print("%s is %d years and %.1f%% done, %r %5s|%-5s|" % ("Bob", 42, 99.44, "q", "r", "l"))
print("{0}{1}{0}".format("ab", "cd"), "{name:>8}|{n:08.3f}".format(name="pi", n=3.14159), "{:,}".format(1234567))
print("{!r:>10} {x[1]} {y.real}".format("s", x=[5, 6], y=3 + 4j))
print("%(a)s-%(b)03d" % {"a": "key", "b": 7}, "%x %o %e %g %c" % (255, 8, 12345.678, 0.00001234, 65))
print(ord("€"), chr(8364), hex(ord("é")), "é".encode("utf-8"), "naïve".encode("ascii", "replace"))
print(str(b"bytes", "ascii"), "caf\xe9".encode("latin-1"), b"\xc3\xa9".decode())
print("Title Case  words".title(), "they're bill's friends".title(), "hello world".capitalize())
print(sorted("Banana apple Cherry".split(), key=str.lower), sorted(["b", "A", "a", "B"]), max("abc", "abd", key=len))
print("tic-tac-toe".split("-", maxsplit=1), "   lead".split(" "), "a  b".split(), "x".split("x"))
