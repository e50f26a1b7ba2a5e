# bool is a subclass of int.
print(True + True, True * 10, False - True, -True, ~True, ~False, +True)
print(True / 2, True // 2, True % 2, True ** 10, 2 ** True)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(True << 3, 8 >> True)
print(sum([True, True, False, True]), sum([]), sum([True], 10))
print(isinstance(True, int), issubclass(bool, int), type(True).__name__, bool.__name__)
print(True == 1, False == 0, True == 1.0, (True is True) == 1, 1 in [True])
print({True: "a", 1: "b", 1.0: "c"})
print(int(True), float(False), str(True), repr(False), bool(0), bool(0.0), bool(-0.0))
print(bool(""), bool(" "), bool([]), bool([0]), bool(()), bool({}), bool(None), bool(range(0)))
print(bool(float("nan")), bool(2 ** 100), bool(-1))
print(max(True, 0), min(False, -1), abs(True), divmod(True, True))
print(True and 5, 0 and 5, False or "x", None or 0, 3 or 4, "" or [] or 0)
print(not 0, not 1, not "", not "a", not None)
print([1, 2, 3][True], "abc"[False], (10, 20)[True])
print(f"{True}", f"{True:d}", f"{False:5}", f"{True!r}", format(True, "x"), "%d %s" % (True, False))
print(hash(True), hash(False), True.real, True.imag, True.numerator, True.denominator)
print(True.bit_length(), (True).conjugate(), [c.__name__ for c in bool.__mro__])
print(sorted([True, False, 2, -1, 0.5]))
counts = [0, 0]
for v in [3, 0, -1, 0, 8]:
    counts[v > 0] += 1
print(counts)
b = True
b += 1
print(b, type(b).__name__)
b = False
b |= True
print(b, type(b).__name__)
