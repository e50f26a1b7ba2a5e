# String comparison, concatenation, repetition, membership, ordering.
pairs = [("a", "b"), ("abc", "abd"), ("abc", "ab"), ("", "a"), ("Z", "a"), ("é", "z"), ("😀", "\uffff"),
         ("apple", "Apple"), ("10", "9"), ("same", "same")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "_x", "~y", ""]))
print(sorted(["b", "A", "c", "a"], key=str.lower), sorted(["bb", "a", "ccc", "dd"], key=len))
print(max(["pear", "fig", "banana"]), min(["pear", "fig", "banana"]), max("hello"), min("hello"))
print(max(["pear", "fig", "banana"], key=len), min(["pear", "fig", "banana"], key=len))
print("ab" + "cd", "ab" * 3, 3 * "-", "" * 100, "x" * -1, "ab" "cd", ("a" "b") * 2)
print("a" in "abc", "abc" in "abc", "ac" in "abc", "" in "abc", "A" not in "abc")
for a, b in [("a", 1), ("a", None), ("a", ["a"])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
    print(a == b, a != b)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError", e)
s = "x"
s += "y"
s *= 3
print(s, s is not None, "abc" == "ab" + "c")
print("a" < "b" < "c", "a" < "c" < "b", "abc"[0] == "a" == "abc"[-3])
