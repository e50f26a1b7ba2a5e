import re
from dataclasses import dataclass
from typing import Union

SPEC = [
    ("NUM", r"\d+"), ("STR", r'"(?:[^"\\]|\\.)*"'), ("ID", r"[a-z_]\w*"),
    ("OP", r"==|!=|<=|>=|[-+*/<>=(){};,]"), ("WS", r"\s+"), ("BAD", r"."),
]
RX = re.compile("|".join(f"(?P<{k}>{p})" for k, p in SPEC))
KEYWORDS = {"let", "print", "while", "if", "else", "fn", "return"}


@dataclass
class Tok:
    kind: str
    text: str
    line: int


def lex(src):
    line = 1
    for m in RX.finditer(src):
        kind, text = m.lastgroup, m.group()
        if kind == "WS":
            line += text.count("\n")
            continue
        if kind == "BAD":
            raise SyntaxError(f"line {line}: bad char {text!r}")
        if kind == "ID" and text in KEYWORDS:
            kind = text.upper()
        yield Tok(kind, text, line)
    yield Tok("EOF", "", line)


Node = Union[tuple, int, str]


class Parser:
    def __init__(self, toks):
        self.toks = list(toks)
        self.i = 0

    def peek(self, *texts):
        t = self.toks[self.i]
        return t.text in texts or t.kind in texts

    def take(self, what=None):
        t = self.toks[self.i]
        if what is not None and what not in (t.text, t.kind):
            raise SyntaxError(f"line {t.line}: expected {what!r}, got {t.text!r}")
        self.i += 1
        return t

    def program(self):
        out = []
        while not self.peek("EOF", "}"):
            out.append(self.stmt())
        return out

    def block(self):
        self.take("{")
        body = self.program()
        self.take("}")
        return body

    def stmt(self):
        match self.take().kind, self.toks[self.i - 1]:
            case "LET", _:
                name = self.take("ID").text
                self.take("=")
                e = self.expr()
                self.take(";")
                return ("let", name, e)
            case "PRINT", _:
                args = [self.expr()]
                while self.peek(","):
                    self.take(",")
                    args.append(self.expr())
                self.take(";")
                return ("print", args)
            case "WHILE", _:
                return ("while", self.expr(), self.block())
            case "IF", _:
                cond, then = self.expr(), self.block()
                other = []
                if self.peek("ELSE"):
                    self.take()
                    other = self.block()
                return ("if", cond, then, other)
            case "ID", tok:
                self.take("=")
                e = self.expr()
                self.take(";")
                return ("set", tok.text, e)
            case kind, tok:
                raise SyntaxError(f"line {tok.line}: unexpected {kind} {tok.text!r}")

    def expr(self, prec=0):
        PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4}
        left = self.atom()
        while (t := self.toks[self.i]).text in PREC and PREC[t.text] > prec:
            self.take()
            left = ("bin", t.text, left, self.expr(PREC[t.text]))
        return left

    def atom(self):
        t = self.take()
        match t.kind:
            case "NUM":
                return int(t.text)
            case "STR":
                return t.text[1:-1].encode().decode("unicode_escape")
            case "ID":
                return ("var", t.text)
            case "OP" if t.text == "(":
                e = self.expr()
                self.take(")")
                return e
            case "OP" if t.text == "-":
                return ("bin", "-", 0, self.atom())
        raise SyntaxError(f"line {t.line}: bad atom {t.text!r}")


def run(prog, env, out):
    def ev(e):
        match e:
            case int() | str():
                return e
            case ("var", name):
                if name not in env:
                    raise NameError(f"undefined {name}")
                return env[name]
            case ("bin", op, a, b):
                x, y = ev(a), ev(b)
                match op:
                    case "+": return x + y
                    case "-": return x - y
                    case "*": return x * y
                    case "/": return x // y
                    case "<": return int(x < y)
                    case ">": return int(x > y)
                    case "<=": return int(x <= y)
                    case ">=": return int(x >= y)
                    case "==": return int(x == y)
                    case "!=": return int(x != y)
        raise ValueError(f"bad node {e!r}")

    for s in prog:
        match s:
            case ("let" | "set", name, e):
                env[name] = ev(e)
            case ("print", args):
                out.append(" ".join(str(ev(a)) for a in args))
            case ("while", cond, body):
                while ev(cond):
                    run(body, env, out)
            case ("if", cond, then, other):
                run(then if ev(cond) else other, env, out)


SRC = '''
let n = 10; let a = 0; let b = 1; let i = 0;
while i < n { print i, a; let t = a + b; a = b; b = t; i = i + 1; }
let s = "fizz\\tbuzz";
if a > 50 { print "big", a * 2 - -1; } else { print "small"; }
print s, (1 + 2) * 3 - 4 / 2, 7 == 7, 3 != 3;
'''
out = []
env = {}
prog = Parser(lex(SRC)).program()
print(prog[:2])
run(prog, env, out)
print("\n".join(out))
print(sorted(env.items()))
for bad in ["let = 3;", "print 1 +;", "let x = 1 @ 2;", "print y;", "if 1 { print 2; "]:
    try:
        o = []
        run(Parser(lex(bad)).program(), {}, o)
        print("ran", o)
    except (SyntaxError, NameError) as e:
        print(type(e).__name__, e)
