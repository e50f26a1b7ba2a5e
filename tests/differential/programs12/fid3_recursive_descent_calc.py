import re
import math
from fractions import Fraction

TOKEN_RE = re.compile(r"""
    \s*(?:
      (?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?) |
      (?P<name>[A-Za-z_]\w*) |
      (?P<op>\*\*|//|[-+*/%^(),=])
    )""", re.VERBOSE)


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


def tokenize(src):
    pos = 0
    out = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m or m.end() == pos:
            raise ParseError(f"unexpected character {src[pos]!r}", pos)
        kind = m.lastgroup
        out.append((kind, m.group(kind), m.start(kind)))
        pos = m.end()
    out.append(("eof", "", len(src)))
    return out


class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "frac": Fraction}

    def __init__(self, env):
        self.env = env

    def parse(self, src):
        self.toks = tokenize(src)
        self.i = 0
        if len(self.toks) > 2 and self.toks[0][0] == "name" and self.toks[1][1] == "=":
            name = self.toks[0][1]
            self.i = 2
            val = self.expr()
            self.expect("eof")
            self.env[name] = val
            return name, val
        val = self.expr()
        self.expect("eof")
        return None, val

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, kind, text=None):
        t = self.next()
        if t[0] != kind or (text is not None and t[1] != text):
            raise ParseError(f"expected {text or kind}, got {t[1] or 'end'!r}", t[2])
        return t

    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.next()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.unary()
        while self.peek()[1] in ("*", "/", "//", "%"):
            op = self.next()[1]
            r = self.unary()
            if op == "*":
                v = v * r
            elif op == "/":
                v = v / r
            elif op == "//":
                v = v // r
            else:
                v = v % r
        return v

    def unary(self):
        if self.peek()[1] == "-":
            self.next()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.next()
            return base ** self.unary()
        return base

    def atom(self):
        kind, text, pos = self.next()
        if kind == "num":
            return float(text) if any(c in text for c in ".eE") else int(text)
        if kind == "name":
            if self.peek()[1] == "(":
                self.next()
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.next()
                    args.append(self.expr())
                self.expect("op", ")")
                if text not in self.FUNCS:
                    raise ParseError(f"unknown function {text}", pos)
                return self.FUNCS[text](*args)
            if text not in self.env:
                raise ParseError(f"undefined name {text!r}", pos)
            return self.env[text]
        if text == "(":
            v = self.expr()
            self.expect("op", ")")
            return v
        raise ParseError(f"unexpected {text or 'end'!r}", pos)


env = {"pi": math.pi}
p = Parser(env)
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "7 // 2 + 7 % 3",
    "x = 10 / 4",
    "y = x * 2 - 1",
    "sqrt(y * 4) + abs(-3)",
    "max(1, x, y, 2)",
    "frac(3, 4) + frac(1, 6)",
    "r = 2",
    "pi * r ^ 2",
    "1.5e3 / 3",
    "2 ** 100 + 1",
    "10 / 0",
    "3 + * 4",
    "foo(1)",
    "z + 1",
    "(1 + 2",
    "4 $ 4",
    "-(-(-5))",
]
for line in lines:
    try:
        name, val = p.parse(line)
        shown = f"{val!r}" if not isinstance(val, float) else f"{val:.6g}"
        print(f"{line:<26} -> {name + ' = ' if name else ''}{shown}")
    except ParseError as e:
        print(f"{line:<26} !! {e} (pos={e.pos})")
    except ZeroDivisionError as e:
        print(f"{line:<26} !! {type(e).__name__}: {e}")
print(sorted((k, v) for k, v in env.items() if k != "pi"))
