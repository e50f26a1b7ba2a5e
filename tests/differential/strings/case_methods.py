# Case conversion methods, including Unicode special cases.
words = ["hello world", "HELLO", "hElLo WoRlD", "élan vital", "ß", "straße", "ﬁne", "ǅ", "İstanbul",
         "they're bill's friends", "123abc", "", "a1b2 c3", "ΣΑΣ", "hello_world-foo bar"]
for w in words:
    print(repr(w), "|", w.upper(), "|", w.lower(), "|", w.capitalize(), "|", w.title(), "|", w.swapcase(), "|", w.casefold())
for w in ["ABC", "abc", "Abc", "aBC", "ABC1", "123", "", "Hello World", "Hello world", "HELLO World", "Σ"]:
    print(repr(w), w.isupper(), w.islower(), w.istitle())
print("straße".upper() == "STRASSE", "Straße".casefold() == "strasse", len("ß".upper()))
print("ǈ".upper(), "ǈ".lower(), "ǈ".title(), "ǉ".title())
print("ΌΣΟΣ".lower(), "σ".upper(), "ς".upper())
