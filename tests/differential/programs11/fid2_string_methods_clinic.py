records = [
    "  Alice Smith  |alice.smith@Example.COM| +1 (555) 010-2000 ",
    "BOB o'REILLY|bob@mail.org|555.010.3000",
    "carol  ann  DE LA CRUZ|Carol@Mail.Org|(555)0104000",
    "dave|not-an-email|5550105",
]
digits_only = str.maketrans("", "", " ()-.+")
for rec in records:
    name, email, phone = (part.strip() for part in rec.split("|"))
    name = " ".join(name.split()).title()
    local, at, domain = email.partition("@")
    email_ok = bool(at) and "." in domain
    email = f"{local.lower()}@{domain.lower()}" if email_ok else email
    ph = phone.translate(digits_only)
    ph = ph[-10:] if len(ph) >= 10 else ph
    pretty = f"({ph[:3]}) {ph[3:6]}-{ph[6:]}" if len(ph) == 10 else f"?{ph}"
    print(f"{name:<22}|{email:<24}|{pretty}|{'ok' if email_ok else 'BAD'}")

s = "The Quick brown FOX; jumps over the lazy dog."
print(s.casefold(), s.swapcase(), s.capitalize(), s.istitle(), "Hello World".istitle())
print(s.count("o"), s.find("fox"), s.lower().find("fox"), s.rfind("o"), s.index("Q"), s.rindex("e"))
print(s.partition(";"), s.rpartition(" "), s.partition("zzz"), s.split(None, 2), s.rsplit(" ", 2))
print("a,b,,c,".split(","), "a b  c".split(" "), "  lead".lstrip(), "trail...".rstrip("."), "xxhixx".strip("x"))
print("line1\nline2\r\nline3\rend".splitlines(), "a\nb\n".splitlines(keepends=True), "".splitlines(), "\n".split("\n"))
print("report.final.pdf".removesuffix(".pdf"), "v1.2".removeprefix("v"), "abc".removeprefix("x"))
print("Straße".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower().encode(), len("İ".lower()), "ß".casefold())
print("hello"[::-1], "hello"[1:4], "hello"[-10:2], "hello"[::2], "abc" * 0, "-" * 5, "x".join("abc"))
print("snake_case_name".replace("_", " ").title().replace(" ", ""), "CamelCaseName".lower())
print("{name}: {score:.1f}".format_map({"name": "ann", "score": 9.25}), "%-5s|%5s|" % ("ab", "cd"))
print("abc".isidentifier(), "1abc".isidentifier(), "_".isidentifier(), "déf".isidentifier(), "class".isidentifier())
print("123".isdecimal(), "½".isnumeric(), "²".isdigit(), "²".isdecimal(), " \t".isspace(), "".isspace(), "ABC".isupper(), "aBc".islower())
print("tab\tsep".expandtabs(8), "ab".center(7, "*"), "ab".ljust(5, "."), "ab".rjust(5), "42".zfill(5), "-42".zfill(5))
print(ord("€"), chr(8364), chr(0x1F600), ascii("café ☃"), repr("tab\there"), "\N{BULLET} item", len("👍🏽"))
print(sorted("banana"), sorted(set("mississippi")), "".join(sorted("hello", key=str.upper)), max("abc"), min("zyx"))
print("a" < "b" < "ba", "Z" < "a", "10" < "9", "apple" > "app", "é" > "z", [c for c in "héllo" if ord(c) > 127])
text = "one two three two one two"
words = text.split()
print({w: words.count(w) for w in dict.fromkeys(words)}, text.replace("two", "2", 2), text.count("two"))
print(str(123).rjust(6, "0"), f"{'x':>{3}}", "%c%c" % (72, "i"), "%.3s" % "abcdef", "%5.1f%%" % 99.55)
print("%s %r %a" % ("é", "é", "é"), "{0!r} {0!s} {0!a}".format("é"), "a{}b{}c".format(1, [2]))
tbl = str.maketrans({"a": "4", "e": "3", "o": None})
print("a poem on leet".translate(tbl), str.maketrans("ab", "xy"))
