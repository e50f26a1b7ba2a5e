import difflib

s = difflib.SequenceMatcher(None, "abcd efgh", "abxd efgz")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 9, 0, 9))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "steel", "heel"], n=2, cutoff=0.5))
a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n"]
b = ["zero\n", "one\n", "two\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eight!\n"]
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")), end="")
print("".join(difflib.context_diff(a, b, fromfile="a.txt", tofile="b.txt")), end="")
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
print(difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;").ratio())
words = ["word%d" % i for i in range(300)]
print(round(difflib.SequenceMatcher(None, words, words[::-1] + ["x"] * 5).ratio(), 6))
