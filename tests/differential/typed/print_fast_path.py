# print of str/int/bool/None arguments, sep/end, huge ints and shadowed print (the generic
# path; programs/hello_main_guard.py is a body that cannot raise, compiled to $print_str).
name = "world"
n = 7
big = 2 ** 70
neg = -12
print("Hello,", name)
print("n =", n, "big =", big, "neg =", neg)
print(1, 2, 3, sep="-", end="|\n")
print(True, False, None, 0, -0)
print()
print("", "")
print("a", "b", sep="")
print("no newline", end="")
print(" then newline")
print(12345678901234567890123456789012345678901234567890)
s = "x" * 3
print(s, len(s), s.upper(), s[1:], f"{n:>4}")
for i in range(3):
    t = str(i) + "!"
    print(i, t, i * 1000003 * 1000003 * 1000003)
print(1.0, 2.5, [1, "a"], (n,), {"k": n})
print(n > 3, not n)
x = 3
x = "three"
print(x)


def shadow():
    print = lambda *a, **k: None
    print("not shown")


shadow()
print("sep", "end", sep=None, end=None)
