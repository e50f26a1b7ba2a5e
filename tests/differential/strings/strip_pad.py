# strip family, padding, zfill, expandtabs, removeprefix/removesuffix.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"), "abc".strip(""), "aaa".strip("a"))
print(repr("\u3000full\u00a0".strip()), repr("\x1fx\x1c".strip()), "www.example.com".strip("cmowz."))
for w, fill in [(10, " "), (11, "*"), (2, "-"), (0, "+")]:
    print(repr("abc".center(w, fill)), repr("abc".ljust(w, fill)), repr("abc".rjust(w, fill)))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("a".center(4, "😀")))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
for v in ["42", "-42", "+42", "", "abc", "-", "3.14", "123456"]:
    print(repr(v.zfill(6)))
print(repr("a\tb\tc".expandtabs()), repr("a\tbb\tccc".expandtabs(4)), repr("ab\tc\nd\te".expandtabs(3)), repr("\t".expandtabs(0)))
print("prefix_name".removeprefix("prefix_"), "prefix_name".removeprefix("x"), "file.py".removesuffix(".py"),
      "file.py".removesuffix(""), "".removeprefix(""))
print("abc".ljust(2), "abc".rjust(-1), repr("".center(3)))
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in table:
    print(name.ljust(12, ".") + str(qty).rjust(4) + str(price).rjust(7))
