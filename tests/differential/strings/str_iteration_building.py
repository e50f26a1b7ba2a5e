# Building strings piece by piece, iterating, and immutability.
s = "Hello, World"
out = []
for ch in s:
    if ch.isupper():
        out.append(ch.lower())
    elif ch.islower():
        out.append(ch.upper())
    else:
        out.append("_")
print("".join(out))
print(list(enumerate("abc")), list(zip("abc", "xyz")), list(map(ord, "az")), list(reversed("abc")))
acc = ""
for i in range(5):
    acc += str(i) * i
print(acc, len(acc))
print([c for c in "a1b2c3" if c.isdigit()], {c: "aabbbc".count(c) for c in "abc"})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted("hello"), "".join(sorted("hello")), "".join(sorted("hello", reverse=True)))
words = "the rain in spain stays mainly in the plain".split()
print(" ".join(w[::-1] for w in words))
print(" ".join(reversed(words)))
print([w for w in words if "ain" in w], sum(len(w) for w in words))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(list("") == [], tuple("xy"), set("aab") == {"a", "b"}, dict.fromkeys("ab", 0))
print(str.join("-", "abc"), str.upper("x"), str.split("a b"), "".join(map(str, [1, 2, 3])))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "xyz abc")
print(caesar)
