# replace, maketrans, translate.
s = "banana bandana"
print(s.replace("an", "AN"), s.replace("an", "AN", 2), s.replace("an", "", -1), s.replace("x", "y"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", "aa"))
print(s.replace("a", "a"), s.replace("banana", "kiwi", 0), "aaaa".replace("aa", "b"))
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbccdd".translate(t))
t2 = str.maketrans({"a": "1", "b": None, "c": "三"})
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans("ab", "cd", "xyz")
print(sorted(t3.items()), "axbycz".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}), "hello".translate({104: 72}))
for bad in [lambda: str.maketrans("abc", "xy"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1),
            lambda: "a".translate({97: 1.5})]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World! Why did the chicken cross the road?"
enc = msg.translate(rot13)
print(enc)
print(enc.translate(rot13) == msg)
