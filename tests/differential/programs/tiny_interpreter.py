# A tiny interpreter: recursive-descent parser + tree-walking evaluator with scopes and functions.
def tokenize(src):
    out, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            out.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            out.append(("name", src[i:j]))
            i = j
        else:
            two = src[i:i + 2]
            if two in ("==", "<=", ">=", "!="):
                out.append(("op", two))
                i += 2
            else:
                out.append(("op", c))
                i += 1
    out.append(("eof", None))
    return out
class Parser:
    def __init__(self, tokens):
        self.toks, self.pos = tokens, 0
    def peek(self):
        return self.toks[self.pos]
    def take(self, kind=None, value=None):
        tok = self.toks[self.pos]
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok
    def program(self):
        stmts = []
        while self.peek()[0] != "eof" and self.peek()[1] != "}":
            stmts.append(self.statement())
        return stmts
    def block(self):
        self.take("op", "{")
        body = self.program()
        self.take("op", "}")
        return body
    def statement(self):
        kind, val = self.peek()
        if val == "print":
            self.take()
            e = self.expr()
            self.take("op", ";")
            return ("print", e)
        if val == "while":
            self.take()
            return ("while", self.expr(), self.block())
        if val == "if":
            self.take()
            cond, then = self.expr(), self.block()
            other = []
            if self.peek()[1] == "else":
                self.take()
                other = self.block()
            return ("if", cond, then, other)
        if val == "def":
            self.take()
            name = self.take("name")[1]
            self.take("op", "(")
            params = []
            while self.peek()[1] != ")":
                params.append(self.take("name")[1])
                if self.peek()[1] == ",":
                    self.take()
            self.take("op", ")")
            return ("def", name, params, self.block())
        if val == "return":
            self.take()
            e = self.expr()
            self.take("op", ";")
            return ("return", e)
        name = self.take("name")[1]
        self.take("op", "=")
        e = self.expr()
        self.take("op", ";")
        return ("set", name, e)
    def expr(self, level=0):
        levels = [("==", "!=", "<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]
        if level == len(levels):
            return self.atom()
        left = self.expr(level + 1)
        while self.peek()[0] == "op" and self.peek()[1] in levels[level]:
            op = self.take()[1]
            left = ("bin", op, left, self.expr(level + 1))
        return left
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return ("num", val)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take()
                args = []
                while self.peek()[1] != ")":
                    args.append(self.expr())
                    if self.peek()[1] == ",":
                        self.take()
                self.take("op", ")")
                return ("call", val, args)
            return ("var", val)
        if val == "(":
            e = self.expr()
            self.take("op", ")")
            return e
        if val == "-":
            return ("bin", "-", ("num", 0), self.atom())
        raise SyntaxError(f"unexpected {val!r}")
class Return(Exception):
    def __init__(self, value):
        self.value = value
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a // b,
       "%": lambda a, b: a % b, "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
       "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b), "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b)}
def evaluate(node, env):
    tag = node[0]
    if tag == "num":
        return node[1]
    if tag == "var":
        for scope in reversed(env):
            if node[1] in scope:
                return scope[node[1]]
        raise NameError(f"undefined variable {node[1]}")
    if tag == "bin":
        return OPS[node[1]](evaluate(node[2], env), evaluate(node[3], env))
    if tag == "call":
        params, body = env[0][node[1]]
        frame = dict(zip(params, [evaluate(a, env) for a in node[2]]))
        try:
            execute(body, [env[0], frame])
        except Return as r:
            return r.value
        return 0
def execute(stmts, env):
    for s in stmts:
        tag = s[0]
        if tag == "print":
            print(evaluate(s[1], env))
        elif tag == "set":
            env[-1][s[1]] = evaluate(s[2], env)
        elif tag == "while":
            while evaluate(s[1], env):
                execute(s[2], env)
        elif tag == "if":
            execute(s[2] if evaluate(s[1], env) else s[3], env)
        elif tag == "def":
            env[0][s[1]] = (s[2], s[3])
        elif tag == "return":
            raise Return(evaluate(s[1], env))
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
    try:
        execute(Parser(tokenize(bad)).program(), [{}])
    except (SyntaxError, NameError) as e:
        print(type(e).__name__, e)
