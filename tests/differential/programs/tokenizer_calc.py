# An expression tokenizer + recursive-descent parser + evaluator with variables and errors.
import re
import operator
import math

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=]))")


class CalcError(Exception):
    pass


class Token:
    __match_args__ = ("kind", "value")

    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"


def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m or m.end() == pos:
            raise CalcError(f"unexpected character {src[pos]!r} at {pos}")
        num, name, op = m.groups()
        if num:
            out.append(Token("num", float(num) if "." in num else int(num), m.start(1)))
        elif name:
            out.append(Token("name", name, m.start(2)))
        else:
            out.append(Token("op", op, m.start(3)))
        pos = m.end()
    out.append(Token("end", None, pos))
    return out


BINARY = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul), "/": (2, operator.truediv),
          "%": (2, operator.mod), "**": (3, operator.pow), "^": (3, operator.pow)}
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "round": round}


class Parser:
    def __init__(self, tokens, env):
        self.toks, self.i, self.env = tokens, 0, env

    def peek(self):
        return self.toks[self.i]

    def take(self, value=None):
        t = self.toks[self.i]
        if value is not None and t.value != value:
            raise CalcError(f"expected {value!r} at {t.pos}, found {t.value!r}")
        self.i += 1
        return t

    def statement(self):
        if self.peek().kind == "name" and self.toks[self.i + 1].value == "=":
            name = self.take().value
            self.take("=")
            self.env[name] = self.expr(0)
            return self.env[name]
        return self.expr(0)

    def expr(self, min_prec):
        left = self.unary()
        while True:
            t = self.peek()
            if t.kind != "op" or t.value not in BINARY:
                return left
            prec, fn = BINARY[t.value]
            if prec < min_prec:
                return left
            self.take()
            right = self.expr(prec if prec == 3 else prec + 1)
            try:
                left = fn(left, right)
            except ZeroDivisionError:
                raise CalcError(f"division by zero at {t.pos}") from None

    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        match self.take():
            case Token("num", v):
                return v
            case Token("name", n) if self.peek().value == "(":
                self.take("(")
                args = [self.expr(0)]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr(0))
                self.take(")")
                if n not in FUNCS:
                    raise CalcError(f"unknown function {n}()")
                return FUNCS[n](*args)
            case Token("name", n):
                try:
                    return self.env[n]
                except KeyError:
                    raise CalcError(f"undefined variable {n!r}")
            case Token("op", "("):
                v = self.expr(0)
                self.take(")")
                return v
            case t:
                raise CalcError(f"unexpected {t.value!r} at {t.pos}")


def run(lines):
    env = {"pi": math.pi}
    for line in lines:
        try:
            p = Parser(tokenize(line), env)
            value = p.statement()
            p.take(None) if p.peek().kind == "end" else p.take(")")
            print(f"{line:<28} => {value!r}")
        except CalcError as e:
            print(f"{line:<28} !! {e}")
    return env


print(tokenize("x = 3.5 * (y+2)"))
env = run([
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "x = 7 / 2", "y = x * 2 - 1", "x % 2 + y",
    "sqrt(16) + max(1, 5, 3)", "round(pi * 100) / 100", "10 / (5 - 5)", "z + 1", "3 $ 4", "(1 + 2",
    "foo(1)", "abs(-4.5) * .5", "7 // 2",
])
print(sorted((k, round(v, 3)) for k, v in env.items()))
