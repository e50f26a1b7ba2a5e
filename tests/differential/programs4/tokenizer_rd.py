import re
import math

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\d*\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%(),^=]))")


class ParseError(Exception):
    pass


def tokenize(src):
    pos = 0
    out = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise ParseError(f"unexpected character {src[pos]!r} at {pos}")
        num, name, op = m.groups()
        if num:
            out.append(("num", float(num) if "." in num else int(num)))
        elif name:
            out.append(("name", name))
        else:
            out.append(("op", op))
        pos = m.end()
    out.append(("eof", None))
    return out


class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "floor": math.floor}

    def __init__(self, tokens, env):
        self.toks = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, value=None):
        tok = self.toks[self.i]
        if kind and tok[0] != kind or value and tok[1] != value:
            raise ParseError(f"expected {value or kind}, got {tok[1]!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.i + 1] == ("op", "="):
            name = self.take()[1]
            self.take("op", "=")
            val = self.expr()
            self.env[name] = val
            return val
        return self.expr()

    def expr(self):
        val = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            val = val + rhs if op == "+" else val - rhs
        return val

    def term(self):
        val = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                val *= rhs
            elif op == "/":
                val /= rhs
            else:
                val %= rhs
        return val

    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() in (("op", "**"), ("op", "^")):
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                try:
                    return self.FUNCS[val](*args)
                except KeyError:
                    raise ParseError(f"unknown function {val}") from None
            if val not in self.env:
                raise NameError(f"name '{val}' is not defined")
            return self.env[val]
        if (kind, val) == ("op", "("):
            v = self.expr()
            self.take("op", ")")
            return v
        raise ParseError(f"unexpected {val!r}")


env = {"pi": math.pi}
lines = ["1 + 2 * 3", "x = 2 ** 3 ** 2", "x / 7", "-(x % 100) + 0.5", "sqrt(16) + max(1, 7, 3)",
         "r = 2.5", "area = pi * r ^ 2", "floor(area)", "1 / 0", "foo(2)", "y + 1", "3 $ 4",
         "(1 + 2", "10 - 2 - 3", ".5 + 1.", "7 % -3", "-7 // 2"]
for line in lines:
    try:
        result = Parser(tokenize(line), env).statement()
        print(f"{line:<28} => {result!r}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{line:<28} !! {type(e).__name__}: {e}")
print(sorted(k for k in env if k != "pi"), round(env["area"], 4))
