# format() / f-strings / str.format of str, int and float subclasses: an empty spec is str(self)
# (the subclass's __str__), other specs format the underlying value.
class Tag(str):
    def __str__(self):
        return "<" + str.__str__(self) + ">"
class Plain(str):
    pass
class Cents(int):
    def __str__(self):
        return f"{int(self) / 100:.2f} EUR"
class Ratio(float):
    def __str__(self):
        return f"{float(self):.1%}"
t, p, c, r = Tag("b"), Plain("x"), Cents(1234), Ratio(0.25)
print(format(t, ""), f"{t}", "{}".format(t), f"{t:>4}|", f"{t!r}", str(t), t)
print(format(p, ""), f"{p}", f"{p:*^5}", "%s" % p, repr(p), type(f"{p}").__name__)
print(format(c, ""), f"{c}", f"{c:,}", f"{c:08d}", "{0} {0:x}".format(c), c + 1)
print(format(r, ""), f"{r}", f"{r:.3f}", "{:e}".format(r), r * 2)
print([f"{v}" for v in (t, p, c, r)], " ".join(map(str, (t, p, c, r))))
