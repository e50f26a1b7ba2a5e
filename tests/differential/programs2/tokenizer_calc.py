from dataclasses import dataclass
from enum import Enum
from typing import Iterator, List, Union


class Kind(Enum):
    NUM = "number"
    OP = "operator"
    LPAREN = "("
    RPAREN = ")"
    NAME = "name"


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str
    pos: int


class CalcError(Exception):
    pass


def tokenize(src: str) -> Iterator[Token]:
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield Token(Kind.NUM, src[i:j], i)
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            yield Token(Kind.NAME, src[i:j], i)
            i = j
        elif ch in "+-*/^%":
            yield Token(Kind.OP, ch, i)
            i += 1
        elif ch == "(":
            yield Token(Kind.LPAREN, ch, i)
            i += 1
        elif ch == ")":
            yield Token(Kind.RPAREN, ch, i)
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")


class Parser:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

    def __init__(self, tokens: List[Token], env):
        self.toks = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def next(self):
        t = self.peek()
        if t is None:
            raise CalcError("unexpected end of input")
        self.i += 1
        return t

    def atom(self) -> Union[int, float]:
        t = self.next()
        match t:
            case Token(kind=Kind.NUM, text=txt):
                return float(txt) if "." in txt else int(txt)
            case Token(kind=Kind.NAME, text=name) if name in self.env:
                return self.env[name]
            case Token(kind=Kind.NAME, text=name):
                raise CalcError(f"unknown name {name!r}")
            case Token(kind=Kind.OP, text="-"):
                return -self.atom()
            case Token(kind=Kind.LPAREN):
                v = self.expr(0)
                if self.next().kind is not Kind.RPAREN:
                    raise CalcError("expected )")
                return v
            case _:
                raise CalcError(f"unexpected {t.text!r} at {t.pos}")

    def expr(self, min_prec):
        lhs = self.atom()
        while True:
            t = self.peek()
            if t is None or t.kind is not Kind.OP or self.PREC[t.text] < min_prec:
                return lhs
            op = self.next().text
            prec = self.PREC[op]
            rhs = self.expr(prec if op == "^" else prec + 1)
            lhs = apply(op, lhs, rhs)


def apply(op, a, b):
    match op:
        case "+":
            return a + b
        case "-":
            return a - b
        case "*":
            return a * b
        case "/":
            return a / b
        case "%":
            return a % b
        case "^":
            return a ** b


def evaluate(src, env=None):
    env = env or {"pi": 3.14159, "answer": 42}
    p = Parser(list(tokenize(src)), env)
    v = p.expr(0)
    if p.peek() is not None:
        raise CalcError(f"trailing input at {p.peek().pos}")
    return v


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "10 % 3 - -2", "answer * 2",
            "pi * 2", "7 / 0", "3 +", "2 $ 3", "foo + 1", "(1 + 2", "1 2", "2 ^ 100", "1.5 * 4"]:
    try:
        print(f"{src!r:>14} = {evaluate(src)!r}")
    except CalcError as e:
        print(f"{src!r:>14} ! CalcError: {e}")
    except ZeroDivisionError as e:
        print(f"{src!r:>14} ! {type(e).__name__}: {e}")
toks = list(tokenize("a+1"))
print(toks)
print(toks[0] == Token(Kind.NAME, "a", 0), hash(toks[0]) == hash(Token(Kind.NAME, "a", 0)))
try:
    toks[0].text = "b"
except Exception as e:
    print(type(e).__name__, e)
print(Kind("number"), Kind.OP.value, [k.name for k in Kind])
