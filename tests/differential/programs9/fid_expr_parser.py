"""Tokenizer + recursive-descent parser + evaluator for arithmetic expressions."""
import re
from typing import NamedTuple, Iterator
import math


class Token(NamedTuple):
    kind: str
    text: str
    pos: int


TOKEN_RE = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%(),^]))")


class ParseError(Exception):
    pass


def tokenize(src: str) -> Iterator[Token]:
    pos = 0
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m or m.end() == pos:
            raise ParseError(f"unexpected character {src[pos]!r} at {pos}")
        kind = m.lastgroup
        yield Token(kind, m.group(kind), m.start(kind))
        pos = m.end()
    yield Token("eof", "", pos)


class Parser:
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}
    VARS = {"pi": math.pi, "e": math.e}

    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, text):
        tok = self.next()
        if tok.text != text:
            raise ParseError(f"expected {text!r} at {tok.pos}, got {tok.text or 'end'!r}")
        return tok

    def parse(self):
        v = self.expr()
        if self.peek().kind != "eof":
            raise ParseError(f"trailing input at {self.peek().pos}")
        return v

    def expr(self):
        v = self.term()
        while self.peek().text in ("+", "-"):
            op = self.next().text
            rhs = self.term()
            v = v + rhs if op == "+" else v - rhs
        return v

    def term(self):
        v = self.factor()
        while self.peek().text in ("*", "/", "%"):
            op = self.next().text
            rhs = self.factor()
            if op == "*":
                v *= rhs
            elif op == "/":
                v /= rhs
            else:
                v %= rhs
        return v

    def factor(self):
        if self.peek().text == "-":
            self.next()
            return -self.factor()
        base = self.atom()
        if self.peek().text in ("**", "^"):
            self.next()
            return base ** self.factor()
        return base

    def atom(self):
        tok = self.next()
        if tok.kind == "num":
            return float(tok.text) if any(c in tok.text for c in ".eE") else int(tok.text)
        if tok.kind == "name":
            if self.peek().text == "(":
                self.next()
                args = [self.expr()]
                while self.peek().text == ",":
                    self.next()
                    args.append(self.expr())
                self.expect(")")
                return self.FUNCS[tok.text](*args)
            if tok.text not in self.VARS:
                raise ParseError(f"unknown name {tok.text!r}")
            return self.VARS[tok.text]
        if tok.text == "(":
            v = self.expr()
            self.expect(")")
            return v
        raise ParseError(f"unexpected {tok.text or 'end of input'!r} at {tok.pos}")


tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "7 % 3 + 10 / 4",
         "sqrt(16) + max(1, 5, 3)", "2 * pi", "1e3 + 0.5", "abs(-7 - 3) * min(4, 2)",
         "2 ** 100", "1 / 3", "10 / 2", "(1 + 2", "3 $ 4", "foo + 1", "1 2", "-7 % 3", "2 ** -1"]
for src in tests:
    try:
        print(f"{src:<26} = {Parser(src).parse()!r}")
    except ParseError as e:
        print(f"{src:<26} ! {e}")
    except (KeyError, ZeroDivisionError) as e:
        print(f"{src:<26} ! {type(e).__name__}: {e}")

print([t.kind for t in tokenize("a+b*(c)")])
print(list(tokenize("x**2"))[:2])
print(Token("num", "1", 0)._asdict(), Token._fields)
