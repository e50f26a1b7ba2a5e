# find/rfind/index/rindex/count/startswith/endswith with ranges.
s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.find("the", 32), s.find("cat"), s.find(""), s.find("", 100))
print(s.rfind("the"), s.rfind("the", 0, 40), s.rfind("zzz"), s.rfind(""), s.rfind("the", -10))
print(s.index("fox"), s.rindex("o"), s.index("o", 20), s.rindex("o", 0, 20))
print(s.count("the"), s.count("o"), s.count(""), s.count("o", 15, 30), "aaaa".count("aa"), "".count(""))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.startswith(""), s.startswith("the", 100))
print(s.endswith("end"), s.endswith("the", 0, 47), s.endswith(("x", "d")), s.endswith("", 5, 2))
print("fox" in s, "Fox" in s, "" in s, "" in "", s.find("o", -5), s.find("o", -100, -40))
for call in [lambda: s.index("cat"), lambda: s.rindex("cat"), lambda: s.startswith(["t"]),
             lambda: s.find(5), lambda: 5 in s, lambda: s.count()]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("abcabc".find("c", 3, 6), "abcabc".find("c", 3, 5), "abc".find("c", 2, 2))
print("mississippi".replace("ss", "SS", 1), "mississippi".split("ss"), "mississippi".rindex("ss"))
text = "ab" * 5
positions = []
start = 0
while (idx := text.find("ba", start)) != -1:
    positions.append(idx)
    start = idx + 1
print(positions, text.count("aba"), text.rfind("ab", 0, 5), text.index("b", -3))
print("héllo wörld".find("ö"), "😀x😀y".rfind("😀"), "😀x😀y".index("y"), "😀x😀y".count("😀"))
print("abc".startswith("abc", 0, 3), "abc".startswith("abc", 0, 2), "abc".endswith("c", -1), "abc".endswith(("a", "b"), 0, 2))
print("a-b_c d".find("_"), "CamelCaseString".find("Case"), "x".find("x", 1), "x".find("", 1), "x".find("", 2))
