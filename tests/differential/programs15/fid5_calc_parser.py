"""Tokenizer + recursive-descent parser + evaluator for arithmetic with variables."""

import math


class CalcError(Exception):
    pass


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.pos})"


def tokenize(src):
    i, out = 0, []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] in "._"):
                j += 1
            if j < len(src) and src[j] in "eE":
                j += 1
                if src[j] in "+-":
                    j += 1
                while j < len(src) and src[j].isdigit():
                    j += 1
            out.append(Token("num", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            out.append(Token("name", src[i:j], i))
            i = j
        elif src.startswith("**", i) or src.startswith("//", i):
            out.append(Token("op", src[i:i + 2], i))
            i += 2
        elif c in "+-*/%(),=":
            out.append(Token("op", c, i))
            i += 1
        else:
            raise CalcError(f"bad character {c!r} at {i}")
    out.append(Token("end", "", len(src)))
    return out


class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, text=None):
        t = self.toks[self.i]
        if text is not None and t.text != text:
            raise CalcError(f"expected {text!r} at {t.pos}, got {t.text or 'end'!r}")
        self.i += 1
        return t

    def statement(self):
        if self.peek().kind == "name" and self.toks[self.i + 1].text == "=":
            name = self.take().text
            self.take("=")
            return ("assign", name, self.expr())
        return self.expr()

    def expr(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek().text in ("*", "/", "//", "%"):
            op = self.take().text
            node = (op, node, self.unary())
        return node

    def unary(self):
        if self.peek().text in ("+", "-"):
            op = self.take().text
            return ("neg" if op == "-" else "pos", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text == "**":
            self.take()
            return ("**", base, self.unary())
        return base

    def atom(self):
        t = self.take()
        if t.kind == "num":
            text = t.text.replace("_", "")
            return ("num", float(text) if any(ch in text for ch in ".eE") else int(text))
        if t.kind == "name":
            if self.peek().text == "(":
                self.take("(")
                args = []
                if self.peek().text != ")":
                    args.append(self.expr())
                    while self.peek().text == ",":
                        self.take()
                        args.append(self.expr())
                self.take(")")
                return ("call", t.text, args)
            return ("var", t.text)
        if t.text == "(":
            node = self.expr()
            self.take(")")
            return node
        raise CalcError(f"unexpected {t.text or 'end'!r} at {t.pos}")


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hypot": math.hypot,
         "gcd": math.gcd, "round": round}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise CalcError(f"undefined variable {node[1]!r}") from None
    if kind == "assign":
        env[node[1]] = value = evaluate(node[2], env)
        return value
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "pos":
        return +evaluate(node[1], env)
    if kind == "call":
        fn = FUNCS.get(node[1])
        if fn is None:
            raise CalcError(f"unknown function {node[1]}()")
        return fn(*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    ops = {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b,
           "//": lambda: a // b, "%": lambda: a % b, "**": lambda: a ** b}
    return ops[kind]()


def show(node):
    if node[0] == "num":
        return repr(node[1])
    if node[0] == "var":
        return node[1]
    if node[0] in ("neg", "pos"):
        return f"({'-' if node[0] == 'neg' else '+'}{show(node[1])})"
    if node[0] == "call":
        return f"{node[1]}({', '.join(map(show, node[2]))})"
    if node[0] == "assign":
        return f"{node[1]} = {show(node[2])}"
    return f"({show(node[1])} {node[0]} {show(node[2])})"


env = {"pi": math.pi}
LINES = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "7 // 2 + 7 % 3 - 7 / 2",
    "x = 10", "y = x * 1.5", "x / 4", "-7 // 2", "-7 % 3", "7.5 % -2", "2 ** -1",
    "2 ** 100", "sqrt(2) * sqrt(2)", "max(1, x, y, 3)", "hypot(3, 4)", "gcd(84, 36)",
    "round(pi, 3)", "1_000_000 * 3", "1e3 + .5", "2.5e-3 * 4", "z + 1", "1 / 0", "3 +",
    "foo(1)", "4 $ 4", "(1, 2)", "10 // 0.0", "0.1 + 0.2", "x = x + 1", "x * -+-x",
]
for line in LINES:
    try:
        tree = Parser(tokenize(line)).statement()
        value = evaluate(tree, env)
        print(f"{line:<22} => {show(tree):<36} = {value!r}")
    except CalcError as e:
        print(f"{line:<22} !! {e}")
    except ZeroDivisionError as e:
        print(f"{line:<22} !! ZeroDivisionError: {e}")
print(sorted(env.items()))
print(tokenize("a=1.5e+3//b"))
