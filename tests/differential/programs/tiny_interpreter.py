# A tiny interpreter: recursive-descent parser + tree-walking evaluator with scopes and functions.
def tokenize(src):
    out, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace(): i += 1; continue
        j = i + 1
        if c.isdigit() or c.isalpha():
            while j < len(src) and (src[j].isdigit() if c.isdigit() else src[j].isalnum()):
                j += 1
            out.append(("num", int(src[i:j])) if c.isdigit() else ("name", src[i:j]))
        elif src[i:i + 2] in ("==", "<=", ">=", "!="):
            j = i + 2
            out.append(("op", src[i:j]))
        else:
            out.append(("op", c))
        i = j
    return out + [("eof", None)]
class Parser:
    LEVELS = [("==", "!=", "<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]
    def __init__(self, tokens):
        self.toks, self.pos = tokens, 0
    def peek(self): return self.toks[self.pos][1]
    def take(self, kind=None, value=None):
        tok = self.toks[self.pos]
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok[1]
    def program(self):
        stmts = []
        while self.toks[self.pos][0] != "eof" and self.peek() != "}":
            stmts.append(self.statement())
        return stmts
    def block(self):
        self.take("op", "{"); body = self.program(); self.take("op", "}")
        return body
    def params(self, item):
        self.take("op", "(")
        out = []
        while self.peek() != ")":
            out.append(item())
            if self.peek() == ",": self.take()
        self.take("op", ")")
        return out
    def statement(self):
        word = self.peek()
        if word in ("print", "return"):
            self.take(); e = self.expr(); self.take("op", ";")
            return (word, e)
        if word == "while": return self.take() and ("while", self.expr(), self.block())
        if word == "if":
            self.take(); cond, then = self.expr(), self.block()
            other = self.take() and self.block() if self.peek() == "else" else []
            return ("if", cond, then, other)
        if word == "def":
            self.take(); name = self.take("name")
            return ("def", name, self.params(lambda: self.take("name")), self.block())
        name = self.take("name"); self.take("op", "=")
        e = self.expr(); self.take("op", ";")
        return ("set", name, e)
    def expr(self, level=0):
        if level == len(self.LEVELS): return self.atom()
        left = self.expr(level + 1)
        while self.toks[self.pos][0] == "op" and self.peek() in self.LEVELS[level]:
            left = ("bin", self.take(), left, self.expr(level + 1))
        return left
    def atom(self):
        kind, val = self.toks[self.pos]
        self.pos += 1
        if kind == "num": return ("num", val)
        if kind == "name": return ("call", val, self.params(self.expr)) if self.peek() == "(" else ("var", val)
        if val == "(":
            e = self.expr(); self.take("op", ")")
            return e
        if val == "-": return ("bin", "-", ("num", 0), self.atom())
        raise SyntaxError(f"unexpected {val!r}")
class Return(Exception):
    def __init__(self, value): self.value = value
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a // b,
       "%": lambda a, b: a % b, "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
       "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b), "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b)}
def evaluate(node, env):
    tag = node[0]
    if tag == "num": return node[1]
    if tag == "var":
        for scope in reversed(env):
            if node[1] in scope: return scope[node[1]]
        raise NameError(f"undefined variable {node[1]}")
    if tag == "bin": return OPS[node[1]](evaluate(node[2], env), evaluate(node[3], env))
    params, body = env[0][node[1]]
    try: execute(body, [env[0], dict(zip(params, [evaluate(a, env) for a in node[2]]))])
    except Return as r: return r.value
    return 0
def execute(stmts, env):
    for s in stmts:
        tag = s[0]
        if tag == "print": print(evaluate(s[1], env))
        elif tag == "set": env[-1][s[1]] = evaluate(s[2], env)
        elif tag == "if": execute(s[2] if evaluate(s[1], env) else s[3], env)
        elif tag == "def": env[0][s[1]] = (s[2], s[3])
        elif tag == "return": raise Return(evaluate(s[1], env))
        elif tag == "while":
            while evaluate(s[1], env): execute(s[2], env)
SOURCE = """
def fact(n) { if n <= 1 { return 1; } return n * fact(n - 1); }
def fib(n) { a = 0; b = 1; while n > 0 { t = a + b; a = b; b = t; n = n - 1; } return a; }
print fact(10);
print fact(25);
print fib(90);
i = 0; total = 0;
while i < 10 { if i % 2 == 0 { total = total + i * i; } else { total = total - 1; } i = i + 1; }
print total;
print (7 - -3) * 2 / 4;
"""
execute(Parser(tokenize(SOURCE)).program(), [{}])
for bad in ["print 1 +;", "x = ;", "print y;", "print (1;"]:
    try: execute(Parser(tokenize(bad)).program(), [{}])
    except (SyntaxError, NameError) as e: print(type(e).__name__, e)
