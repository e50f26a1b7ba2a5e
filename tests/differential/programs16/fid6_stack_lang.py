# A tiny Forth-like stack language interpreter with user words and error reporting.
class StackError(Exception):
    def __init__(self, msg, word=None):
        super().__init__(msg)
        self.word = word

    def __str__(self):
        base = super().__str__()
        return f"{base} (at {self.word!r})" if self.word else base


class Machine:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.out = []
        self.builtins = {
            "+": lambda a, b: a + b,
            "-": lambda a, b: a - b,
            "*": lambda a, b: a * b,
            "/": lambda a, b: a / b,
            "//": lambda a, b: a // b,
            "%": lambda a, b: a % b,
            "**": lambda a, b: a ** b,
            "<": lambda a, b: int(a < b),
            "=": lambda a, b: int(a == b),
        }

    def pop(self, word):
        if not self.stack:
            raise StackError("stack underflow", word)
        return self.stack.pop()

    def run(self, src):
        tokens = src.split()
        self.execute(tokens)
        return self

    def execute(self, tokens):
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if t == ":":
                end = tokens.index(";", i)
                name = tokens[i + 1]
                self.words[name] = tokens[i + 2:end]
                i = end + 1
                continue
            if t == "if":
                depth, j = 1, i + 1
                while depth:
                    if tokens[j] == "if":
                        depth += 1
                    elif tokens[j] == "then":
                        depth -= 1
                    j += 1
                body = tokens[i + 1:j - 1]
                if self.pop(t):
                    self.execute(body)
                i = j
                continue
            if t in self.builtins:
                b = self.pop(t)
                a = self.pop(t)
                try:
                    self.stack.append(self.builtins[t](a, b))
                except ZeroDivisionError as e:
                    raise StackError(str(e), t) from e
            elif t == "dup":
                v = self.pop(t)
                self.stack += [v, v]
            elif t == "swap":
                b, a = self.pop(t), self.pop(t)
                self.stack.extend((b, a))
            elif t == "drop":
                self.pop(t)
            elif t == "over":
                self.stack.append(self.stack[-2])
            elif t == ".":
                self.out.append(repr(self.pop(t)))
            elif t == ".s":
                self.out.append(f"<{len(self.stack)}> {self.stack}")
            elif t in self.words:
                self.execute(self.words[t])
            else:
                try:
                    self.stack.append(int(t))
                except ValueError:
                    try:
                        self.stack.append(float(t))
                    except ValueError:
                        raise StackError("unknown word", t) from None
            i += 1


programs = [
    "1 2 + .",
    "10 3 / . 10 3 // . -7 2 % . 2 0.5 ** .",
    ": sq dup * ; : cube dup sq * ; 3 sq . 4 cube . .s",
    "5 dup 3 < if 100 . then dup 10 < if 200 . then .s",
    "1 2 3 swap .s drop drop drop",
    "2 100 ** .",
    "1e300 1e10 * . 1.5 2 * .",
    "1 0 / .",
    "5 % .",
    "1 2 frob",
    ": fact dup 1 < if drop 1 then dup 1 = if then ; 0 fact .",
    "0.1 0.2 + . 1 3 / 3 * .",
]
for src in programs:
    m = Machine()
    try:
        m.run(src)
        status = "ok"
    except StackError as e:
        status = f"error: {e}; cause={e.__cause__!r}; ctx={type(e.__context__).__name__}"
    print(f"{src!r:55} -> {' '.join(m.out) or '-'} [{status}]")
    print("   words:", sorted(m.words), "stack:", m.stack)
