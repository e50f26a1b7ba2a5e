# super().__format__("") into int/float/str is str(self), so a subclass's __str__ is used;
# a non-empty spec formats the value.
class C(int):
    def __str__(self):
        return "S"

    def __format__(self, spec):
        return "[" + super().__format__(spec) + "]"


class F(float):
    def __str__(self):
        return f"{float(self):.1f} units"

    def __format__(self, spec):
        return "<" + super().__format__(spec) + ">"


class T(str):
    def __str__(self):
        return "T:" + super().__str__()

    def __format__(self, spec):
        return "{" + super().__format__(spec) + "}"


for v in (C(5), F(2.345), T("ab")):
    print(f"{v}", f"{v!s}", format(v), str(v), repr(v))
print(f"{C(255):x}", f"{C(7):>4}", f"{F(2.345):.2f}", f"{T('ab'):>5}")
print(int.__format__(C(5), ""), float.__format__(F(1.5), ""), str.__format__(T("x"), ""))
