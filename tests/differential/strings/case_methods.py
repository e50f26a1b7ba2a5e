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
def title_words(s):
    return " ".join(w[:1].upper() + w[1:].lower() for w in s.split(" "))
for s in ["hello wORLD", "o'neil mc-donald", "  two  spaces", "ünïcode ärger"]:
    print(repr(s.title()), repr(title_words(s)), repr(s.capitalize()))
print("İ".lower(), len("İ".lower()), "ﬃ".upper(), "ŉ".upper(), "ǰ".upper(), len("ǰ".upper()))
print("Hello".swapcase().swapcase(), "ß".swapcase(), "ΣΊΣΥΦΟΣ".lower(), "ΑΣ ΒΣ".lower())
print("ABC".lower().upper() == "ABC", "Straße".lower() == "straße", "STRASSE".casefold() == "Straße".casefold())
print([c for c in "aBcD" if c.isupper()], "".join(c.upper() if i % 2 else c for i, c in enumerate("alternate")))
snake = "convert_this_snake_case"
camel = snake.split("_")[0] + "".join(w.title() for w in snake.split("_")[1:])
print(camel, "".join("_" + c.lower() if c.isupper() else c for c in camel))
