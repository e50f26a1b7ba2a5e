# A hand-written tokenizer for a small expression language, with error reporting.
KEYWORDS = {"let", "if", "else", "while", "print", "fn", "return"}
OPERATORS = ["==", "!=", "<=", ">=", "&&", "||", "->", "+", "-", "*", "/", "%", "<", ">", "=", "!", "(", ")", "{", "}", ",", ";"]
class Token:
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.line}:{self.col}"
class LexError(Exception):
    pass
def tokenize(src):
    tokens, i, line, col = [], 0, 1, 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            i, line, col = i + 1, line + 1, 1
            continue
        if ch.isspace():
            i, col = i + 1, col + 1
            continue
        if ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start_col = col
        if ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise LexError(f"bad number {text!r} at {line}:{start_col}")
            tokens.append(Token("FLOAT" if "." in text else "INT", text, line, start_col))
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            text = src[i:j]
            tokens.append(Token("KW" if text in KEYWORDS else "IDENT", text, line, start_col))
        elif ch == '"':
            j, buf = i + 1, []
            while j < len(src) and src[j] != '"':
                if src[j] == "\\" and j + 1 < len(src):
                    buf.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(src[j + 1], src[j + 1]))
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            if j >= len(src):
                raise LexError(f"unterminated string at {line}:{start_col}")
            j += 1
            tokens.append(Token("STR", "".join(buf), line, start_col))
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    j = i + len(op)
                    tokens.append(Token("OP", op, line, start_col))
                    break
            else:
                raise LexError(f"unexpected character {ch!r} at {line}:{start_col}")
        col += j - i
        i = j
    tokens.append(Token("EOF", "", line, col))
    return tokens
program = '''let x = 42;  # the answer
let name = "py\\tjs \\"quoted\\"";
fn add(a, b) -> { return a + b * 2.5; }
if (x >= 10 && name != "") { print(add(x, 3)); } else { print(-1); }
while (x > 0) { x = x - 7 % 3; }'''
toks = tokenize(program)
print(len(toks))
for t in toks[:12]:
    print(t)
kinds = {}
for t in toks:
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(kinds)
print([t.text for t in toks if t.kind == "OP"])
print([t.text for t in toks if t.kind == "STR"])
for bad in ['let y = 1.2.3;', 'print("open', 'x = 5 @ 2', "ok\n  $"]:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
