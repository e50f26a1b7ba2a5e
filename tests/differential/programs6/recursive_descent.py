import re
from dataclasses import dataclass
from typing import Union

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\d+)|(\*\*|[-+*/%()^,])|([A-Za-z_]\w*))")


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos


def tokenize(src):
    pos = 0
    tokens = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise ParseError(f"bad character {src[pos]!r}", pos)
        num, op, name = m.groups()
        if num:
            tokens.append(("num", float(num) if "." in num else int(num)))
        elif op:
            tokens.append(("op", op))
        else:
            tokens.append(("name", name))
        pos = m.end()
    tokens.append(("eof", None))
    return tokens


@dataclass(frozen=True)
class Num:
    value: Union[int, float]


@dataclass(frozen=True)
class BinOp:
    op: str
    left: object
    right: object


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple


@dataclass(frozen=True)
class Var:
    name: str


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def advance(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, value):
        kind, v = self.advance()
        if v != value:
            raise ParseError(f"expected {value!r}, got {v!r}", self.i - 1)

    def parse(self):
        node = self.expr()
        if self.peek()[0] != "eof":
            raise ParseError(f"trailing {self.peek()[1]!r}", self.i)
        return node

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.advance()[1]
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.advance()[1]
            node = BinOp(op, node, self.factor())
        return node

    def factor(self):
        base = self.unary()
        if self.peek() in (("op", "**"), ("op", "^")):
            self.advance()
            return BinOp("**", base, self.factor())
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.advance()
            return BinOp("-", Num(0), self.unary())
        return self.atom()

    def atom(self):
        kind, v = self.advance()
        match kind, v:
            case "num", _:
                return Num(v)
            case "op", "(":
                node = self.expr()
                self.expect(")")
                return node
            case "name", _ if self.peek() == ("op", "("):
                self.advance()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expr())
                    while self.peek() == ("op", ","):
                        self.advance()
                        args.append(self.expr())
                self.expect(")")
                return Call(v, tuple(args))
            case "name", _:
                return Var(v)
            case _:
                raise ParseError(f"unexpected {v!r}", self.i - 1)


import math
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hypot": math.hypot}
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name=n):
            return env[n]
        case BinOp(op, l, r):
            return OPS[op](evaluate(l, env), evaluate(r, env))
        case Call(name, args):
            return FUNCS[name](*(evaluate(a, env) for a in args))


env = {"x": 3, "y": 4.5, "pi": math.pi}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x ** 2", "7 % 3 + 7 / 2",
            "sqrt(x*x + 16)", "max(1, x, y) - min(2, 8)", "hypot(3, 4) * pi",
            "10 / (x - 3)", "1 + ", "2 $ 3", "foo(1)", "z + 1", "(1 + 2"]:
    try:
        tree = Parser(tokenize(src)).parse()
        print(f"{src!r:28} = {evaluate(tree, env)!r}")
    except ParseError as e:
        print(f"{src!r:28} ParseError: {e} (pos={e.pos})")
    except (ZeroDivisionError, KeyError) as e:
        print(f"{src!r:28} {type(e).__name__}: {e}")
print(Parser(tokenize("a*(b+1)")).parse())
print(BinOp("+", Num(1), Num(2)) == BinOp("+", Num(1), Num(2)), hash(Num(3)) == hash(Num(3)))
