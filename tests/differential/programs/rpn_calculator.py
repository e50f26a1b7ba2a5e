# An RPN calculator with variables, user-defined words and error recovery.
class CalcError(Exception):
    pass
class RPN:
    def __init__(self):
        self.stack = []
        self.vars = {}
        self.words = {}
        self.ops = {
            "+": (2, lambda a, b: a + b), "-": (2, lambda a, b: a - b), "*": (2, lambda a, b: a * b),
            "/": (2, self._div), "//": (2, lambda a, b: a // b), "%": (2, lambda a, b: a % b),
            "**": (2, lambda a, b: a ** b), "neg": (1, lambda a: -a), "abs": (1, abs),
            "max": (2, max), "min": (2, min),
        }
    @staticmethod
    def _div(a, b):
        if b == 0:
            raise CalcError("division by zero")
        return a / b
    def pop(self):
        if not self.stack:
            raise CalcError("stack underflow")
        return self.stack.pop()
    def run(self, line):
        tokens = line.split()
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok == ":":
                end = tokens.index(";", i)
                self.words[tokens[i + 1]] = tokens[i + 2:end]
                i = end + 1
                continue
            if tok in self.words:
                self.run(" ".join(self.words[tok]))
            elif tok in self.ops:
                arity, fn = self.ops[tok]
                args = [self.pop() for _ in range(arity)][::-1]
                try:
                    self.stack.append(fn(*args))
                except ZeroDivisionError:
                    raise CalcError("division by zero") from None
            elif tok == "dup":
                v = self.pop()
                self.stack += [v, v]
            elif tok == "swap":
                b, a = self.pop(), self.pop()
                self.stack += [b, a]
            elif tok == "drop":
                self.pop()
            elif tok.startswith("=") and len(tok) > 1:
                self.vars[tok[1:]] = self.pop()
            elif tok.startswith("$"):
                if tok[1:] not in self.vars:
                    raise CalcError(f"unknown variable {tok[1:]!r}")
                self.stack.append(self.vars[tok[1:]])
            else:
                try:
                    self.stack.append(int(tok))
                except ValueError:
                    try:
                        self.stack.append(float(tok))
                    except ValueError:
                        raise CalcError(f"unknown token {tok!r}") from None
            i += 1
        return self.stack
calc = RPN()
programs = ["3 4 + 2 *", "drop 10 3 /", "drop 10 3 //", "7 -3 %", "2 100 **", "drop 1.5 2 * neg abs",
            ": sq dup * ; 12 sq", "=x $x $x +", ": hyp sq swap sq + 0.5 ** ; 3 4 hyp", "1 0 /",
            "5 +", "+", "$nope", "2 3 max 1 min", "1e3 2.5e-1 *", "bogus"]
for p in programs:
    try:
        print(f"{p!r:>40} -> {calc.run(p)}")
    except CalcError as e:
        print(f"{p!r:>40} !! {e}")
        calc.stack.clear()
print(calc.vars, sorted(calc.words))
