"""ast (pyjs implementation): literal_eval, with the expression nodes it builds.

literal_eval parses its string with a Python *expression* parser written here (tokens, then
the 3.11 grammar's expression rules), so it accepts and refuses what CPython's does and names
the same first malformed node ("malformed node or string on line 1: <ast.Name object at
0x...>"); the conversion is CPython's own code. ast.parse, ast.dump, ast.walk, NodeVisitor
and the other tree tools are not supported (a compile-time diagnostic names them).
"""

__all__ = ["literal_eval", "AST", "Expression", "Constant", "Name", "Tuple", "List", "Set",
           "Dict", "Call", "BinOp", "UnaryOp"]


class AST:
    _fields = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{len(self._fields)} positional argument"
                            f"{'' if len(self._fields) == 1 else 's'}")
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)


def _node(name, fields, base=AST):
    cls = type(name, (base,), {"_fields": fields})
    cls.__module__ = "ast"
    return cls


class mod(AST):
    pass


class expr(AST):
    pass


class expr_context(AST):
    pass


class operator(AST):
    pass


class unaryop(AST):
    pass


class boolop(AST):
    pass


class cmpop(AST):
    pass


class slice(AST):
    pass


Expression = _node("Expression", ("body",), mod)
Constant = _node("Constant", ("value", "kind"), expr)
Name = _node("Name", ("id", "ctx"), expr)
Tuple = _node("Tuple", ("elts", "ctx"), expr)
List = _node("List", ("elts", "ctx"), expr)
Set = _node("Set", ("elts",), expr)
Dict = _node("Dict", ("keys", "values"), expr)
Call = _node("Call", ("func", "args", "keywords"), expr)
BinOp = _node("BinOp", ("left", "op", "right"), expr)
UnaryOp = _node("UnaryOp", ("op", "operand"), expr)
BoolOp = _node("BoolOp", ("op", "values"), expr)
Compare = _node("Compare", ("left", "ops", "comparators"), expr)
IfExp = _node("IfExp", ("test", "body", "orelse"), expr)
Lambda = _node("Lambda", ("args", "body"), expr)
Attribute = _node("Attribute", ("value", "attr", "ctx"), expr)
Subscript = _node("Subscript", ("value", "slice", "ctx"), expr)
Slice = _node("Slice", ("lower", "upper", "step"), expr)
Starred = _node("Starred", ("value", "ctx"), expr)
NamedExpr = _node("NamedExpr", ("target", "value"), expr)
JoinedStr = _node("JoinedStr", ("values",), expr)
ListComp = _node("ListComp", ("elt", "generators"), expr)
SetComp = _node("SetComp", ("elt", "generators"), expr)
DictComp = _node("DictComp", ("key", "value", "generators"), expr)
GeneratorExp = _node("GeneratorExp", ("elt", "generators"), expr)
Await = _node("Await", ("value",), expr)
Yield = _node("Yield", ("value",), expr)
YieldFrom = _node("YieldFrom", ("value",), expr)
comprehension = _node("comprehension", ("target", "iter", "ifs", "is_async"))
keyword = _node("keyword", ("arg", "value"))
Load = _node("Load", (), expr_context)
Store = _node("Store", (), expr_context)
Del = _node("Del", (), expr_context)
Add = _node("Add", (), operator)
Sub = _node("Sub", (), operator)
Mult = _node("Mult", (), operator)
MatMult = _node("MatMult", (), operator)
Div = _node("Div", (), operator)
Mod = _node("Mod", (), operator)
Pow = _node("Pow", (), operator)
LShift = _node("LShift", (), operator)
RShift = _node("RShift", (), operator)
BitOr = _node("BitOr", (), operator)
BitXor = _node("BitXor", (), operator)
BitAnd = _node("BitAnd", (), operator)
FloorDiv = _node("FloorDiv", (), operator)
And = _node("And", (), boolop)
Or = _node("Or", (), boolop)
Invert = _node("Invert", (), unaryop)
Not = _node("Not", (), unaryop)
UAdd = _node("UAdd", (), unaryop)
USub = _node("USub", (), unaryop)
Eq = _node("Eq", (), cmpop)
NotEq = _node("NotEq", (), cmpop)
Lt = _node("Lt", (), cmpop)
LtE = _node("LtE", (), cmpop)
Gt = _node("Gt", (), cmpop)
GtE = _node("GtE", (), cmpop)
Is = _node("Is", (), cmpop)
IsNot = _node("IsNot", (), cmpop)
In = _node("In", (), cmpop)
NotIn = _node("NotIn", (), cmpop)

_BINOPS = {"+": Add, "-": Sub, "*": Mult, "@": MatMult, "/": Div, "%": Mod, "**": Pow,
           "<<": LShift, ">>": RShift, "|": BitOr, "^": BitXor, "&": BitAnd, "//": FloorDiv}
_CMPOPS = {"==": Eq, "!=": NotEq, "<": Lt, "<=": LtE, ">": Gt, ">=": GtE}
_KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
             "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
             "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
             "raise", "return", "try", "while", "with", "yield"}
_OPS3 = ("**=", "//=", ">>=", "<<=", "...")
_OPS2 = ("->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=",
         "%=", "&=", "|=", "^=", "@=")
_OPS1 = "+-*/%@&|^~<>()[]{},:.;=!"
_SIMPLE_ESC = {"\n": "", "\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f",
               "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


class _Tok:
    __slots__ = ("kind", "value", "line", "col", "extra")

    def __init__(self, kind, value, line, col, extra=None):
        self.kind = kind
        self.value = value
        self.line = line
        self.col = col
        self.extra = extra


def _syntax_error(msg, line, col, src):
    lines = src.split("\n")
    # CPython's text is the whole line, with its newline when it has one.
    text = lines[line - 1] + ("\n" if line < len(lines) else "") if 0 < line <= len(lines) else None
    return SyntaxError(msg, ("<unknown>", line, col + 1, text))


def _unescape(body, is_bytes, line, col, src):
    out = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c != "\\":
            if is_bytes and ord(c) > 127:
                raise _syntax_error("bytes can only contain ASCII literal characters",
                                    line, col, src)
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            out.append("\\")
            break
        c = body[i]
        if c in _SIMPLE_ESC:
            out.append(_SIMPLE_ESC[c])
            i += 1
        elif c in "01234567":
            j = i
            while j < n and j < i + 3 and body[j] in "01234567":
                j += 1
            out.append(chr(int(body[i:j], 8)))
            i = j
        elif c == "x" or (not is_bytes and c in "uU"):
            width = 2 if c == "x" else (4 if c == "u" else 8)
            digits = body[i + 1:i + 1 + width]
            if len(digits) < width or any(d not in "0123456789abcdefABCDEF" for d in digits):
                kind = "bytes" if is_bytes else "unicode error"
                what = "\\xXX" if c == "x" else ("\\uXXXX" if c == "u" else "\\UXXXXXXXX")
                raise _syntax_error(f"({kind}) 'unicodeescape' codec can't decode bytes: "
                                    f"truncated {what} escape" if not is_bytes else
                                    f"(value error) invalid \\x escape at position {i - 1}",
                                    line, col, src)
            code = int(digits, 16)
            if code > 0x10FFFF:
                raise _syntax_error("(unicode error) 'unicodeescape' codec can't decode bytes: "
                                    "illegal Unicode character", line, col, src)
            out.append(chr(code))
            i += 1 + width
        elif c == "N" and not is_bytes:
            end = body.find("}", i)
            if i + 1 >= n or body[i + 1] != "{" or end < 0:
                raise _syntax_error("(unicode error) 'unicodeescape' codec can't decode bytes: "
                                    "malformed \\N character escape", line, col, src)
            import unicodedata
            try:
                out.append(unicodedata.lookup(body[i + 2:end]))
            except KeyError:
                raise _syntax_error("(unicode error) 'unicodeescape' codec can't decode bytes: "
                                    "unknown Unicode character name", line, col, src) from None
            i = end + 1
        else:
            out.append("\\")
    return "".join(out)


def _scan_string(src, i, prefix, line, col):
    """The literal starting at its quote `src[i]`: (value, end index, newlines inside)."""
    q = src[i]
    triple = src[i:i + 3] == q * 3
    start = i + (3 if triple else 1)
    j = start
    n = len(src)
    while True:
        if j >= n:
            if triple:
                raise _syntax_error("unterminated triple-quoted string literal (detected at "
                                    f"line {src.count(chr(10)) + 1})", line, col, src)
            raise _syntax_error(f"unterminated string literal (detected at line {line})",
                                line, col, src)
        c = src[j]
        if c == "\\":
            j += 2
            continue
        if c == "\n" and not triple:
            raise _syntax_error(f"unterminated string literal (detected at line {line})",
                                line, col, src)
        if triple:
            if src[j:j + 3] == q * 3:
                body = src[start:j]
                end = j + 3
                break
        elif c == q:
            body = src[start:j]
            end = j + 1
            break
        j += 1
    p = prefix.lower()
    is_bytes = "b" in p
    if "r" in p:
        if is_bytes and any(ord(ch) > 127 for ch in body):
            raise _syntax_error("bytes can only contain ASCII literal characters", line, col, src)
        value = body
    else:
        value = _unescape(body, is_bytes, line, col, src)
    return value, end, body.count("\n") + (0)


def _tokenize(src):
    toks = []
    i = 0
    n = len(src)
    line = 1
    line_start = 0
    depth = 0
    brackets = []
    while i < n:
        c = src[i]
        col = i - line_start
        if c == "\n":
            if depth == 0:
                toks.append(_Tok("NEWLINE", "\n", line, col))
            i += 1
            line += 1
            line_start = i
            continue
        if c in " \t\f\r":
            i += 1
            continue
        if c == "#":
            while i < n and src[i] != "\n":
                i += 1
            continue
        if c == "\\" and i + 1 < n and src[i + 1] == "\n":
            i += 2
            line += 1
            line_start = i
            continue
        if c.isdigit() or (c == "." and i + 1 < n and src[i + 1].isdigit()):
            j = i
            if c == "0" and i + 1 < n and src[i + 1] in "xXoObB":
                j = i + 2
                while j < n and (src[j].isalnum() or src[j] == "_"):
                    j += 1
                text = src[i:j]
                base = {"x": 16, "o": 8, "b": 2}[text[1].lower()]
                digits = text[2:]
                if digits.startswith("_"):
                    digits = digits[1:]
                try:
                    if not digits or "__" in digits or digits.endswith("_"):
                        raise ValueError
                    value = int(digits.replace("_", ""), base)
                except ValueError:
                    raise _syntax_error("invalid " + {16: "hexadecimal", 8: "octal",
                                                      2: "binary"}[base] + " literal",
                                        line, col, src) from None
                toks.append(_Tok("NUM", value, line, col))
                i = j
                continue
            while j < n and (src[j].isdigit() or src[j] == "_"):
                j += 1
            is_float = False
            if j < n and src[j] == ".":
                is_float = True
                j += 1
                while j < n and (src[j].isdigit() or src[j] == "_"):
                    j += 1
            if j < n and src[j] in "eE":
                k = j + 1
                if k < n and src[k] in "+-":
                    k += 1
                if k < n and src[k].isdigit():
                    is_float = True
                    j = k
                    while j < n and (src[j].isdigit() or src[j] == "_"):
                        j += 1
            text = src[i:j].replace("_", "")
            imag = j < n and src[j] in "jJ"
            if imag:
                j += 1
            if "__" in src[i:j] or src[i:j].rstrip("jJ").endswith("_"):
                raise _syntax_error("invalid decimal literal", line, col, src)
            if j < n and (src[j].isalpha() or src[j] == "_"):
                raise _syntax_error("invalid decimal literal", line, col, src)
            if imag:
                value = complex(0, float(text))
            elif is_float:
                value = float(text)
            else:
                if len(text) > 1 and text[0] == "0" and text.strip("0"):
                    raise _syntax_error("leading zeros in decimal integer literals are not "
                                        "permitted; use an 0o prefix for octal integers",
                                        line, col, src)
                value = int(text)
            toks.append(_Tok("NUM", value, line, col))
            i = j
            continue
        if c.isalpha() or c == "_" or ord(c) > 127:
            j = i + 1
            while j < n and (src[j].isalnum() or src[j] == "_" or ord(src[j]) > 127):
                j += 1
            word = src[i:j]
            if j < n and src[j] in "'\"" and len(word) <= 2 and \
                    word.lower() in ("r", "u", "b", "br", "rb", "f", "fr", "rf"):
                start_line = line
                value, end, nl = _scan_string(src, j, word, line, col)
                kind = "FSTR" if "f" in word.lower() else ("BYTES" if "b" in word.lower()
                                                             else "STR")
                toks.append(_Tok(kind, value, start_line, col, word))
                if nl:
                    line += src.count("\n", j, end)
                    line_start = src.rfind("\n", j, end) + 1
                i = end
                continue
            if not word.isidentifier():
                raise _syntax_error("invalid character '%s' (U+%04X)" % (c, ord(c)),
                                    line, col, src)
            toks.append(_Tok("NAME", word, line, col))
            i = j
            continue
        if c in "'\"":
            value, end, nl = _scan_string(src, i, "", line, col)
            toks.append(_Tok("STR", value, line, col, ""))
            if nl:
                line += src.count("\n", i, end)
                line_start = src.rfind("\n", i, end) + 1
            i = end
            continue
        op = None
        if src[i:i + 3] in _OPS3:
            op = src[i:i + 3]
        elif src[i:i + 2] in _OPS2:
            op = src[i:i + 2]
        elif c in _OPS1:
            op = c
        if op is None:
            raise _syntax_error("invalid character '%s' (U+%04X)" % (c, ord(c))
                                if ord(c) > 127 else "invalid syntax", line, col, src)
        if op in "([{":
            depth += 1
            brackets.append((op, line, col))
        elif op in ")]}":
            if not brackets:
                raise _syntax_error(f"unmatched '{op}'", line, col, src)
            opener = brackets.pop()[0]
            depth -= 1
            if {"(": ")", "[": "]", "{": "}"}[opener] != op:
                raise _syntax_error(f"closing parenthesis '{op}' does not match opening "
                                    f"parenthesis '{opener}'", line, col, src)
        toks.append(_Tok("OP", op, line, col))
        i += len(op)
    if brackets:
        opener, bline, bcol = brackets[-1]
        raise _syntax_error(f"'{opener}' was never closed", bline, bcol, src)
    toks.append(_Tok("NEWLINE", "", line, i - line_start))
    toks.append(_Tok("END", "", line, i - line_start))
    return toks


class _Parser:
    def __init__(self, src):
        self.src = src
        self.toks = _tokenize(src)
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def next(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def at(self, value, kind=None):
        t = self.toks[self.pos]
        if kind is None:
            return t.value == value and t.kind in ("OP", "NAME")
        return t.kind == kind

    def accept(self, value):
        if self.at(value):
            self.pos += 1
            return True
        return False

    def error(self, tok=None, msg="invalid syntax"):
        tok = tok or self.peek()
        if tok.kind in ("NEWLINE", "END") and tok.value == "":
            # CPython reports the implicit NEWLINE at the end (col_offset -1, so offset 0),
            # and (0, 0) when the source has no token at all.
            if all(t.kind in ("NEWLINE", "END") for t in self.toks):
                if "\n" in self.src:
                    return _syntax_error(msg, 1, -1, self.src)
                return SyntaxError(msg, ("<unknown>", 0, 0, ""))
            return _syntax_error(msg, tok.line, -1, self.src)
        return _syntax_error(msg, tok.line, tok.col, self.src)

    def expect(self, value):
        if not self.accept(value):
            raise self.error()

    def mk(self, cls, tok, *args):
        node = cls(*args)
        node.lineno = tok.line
        node.col_offset = tok.col
        return node

    def parse_eval(self):
        while self.at("\n", "NEWLINE") and self.peek().value == "\n":
            self.next()
        if self.peek().kind in ("NEWLINE", "END"):
            raise self.error()
        body = self.star_expressions()
        while self.peek().kind == "NEWLINE":
            self.next()
        if self.peek().kind != "END":
            raise self.error()
        return Expression(body)

    def star_expressions(self, allow_yield=False):
        tok = self.peek()
        first = self.star_expression()
        if not self.at(","):
            return first
        elts = [first]
        while self.accept(","):
            if self.ends_list():
                break
            elts.append(self.star_expression())
        return self.mk(Tuple, tok, elts, Load())

    def ends_list(self):
        t = self.peek()
        return t.kind in ("NEWLINE", "END") or (t.kind == "OP" and t.value in ")]}=:")

    def star_expression(self):
        tok = self.peek()
        if self.accept("*"):
            return self.mk(Starred, tok, self.bitor(), Load())
        return self.namedexpr()

    def namedexpr(self):
        tok = self.peek()
        if tok.kind == "NAME" and self.toks[self.pos + 1].value == ":=" and \
                self.toks[self.pos + 1].kind == "OP":
            self.next()
            self.next()
            target = self.mk(Name, tok, tok.value, Store())
            return self.mk(NamedExpr, tok, target, self.expression())
        return self.expression()

    def expression(self):
        tok = self.peek()
        if tok.kind == "NAME" and tok.value == "lambda":
            return self.lambdef()
        body = self.disjunction()
        if self.at("if") and self.peek().kind == "NAME":
            self.next()
            test = self.disjunction()
            if not (self.peek().kind == "NAME" and self.accept("else")):
                raise self.error(msg="expected 'else' after 'if' expression")
            return self.mk(IfExp, tok, test, body, self.expression())
        return body

    def lambdef(self):
        tok = self.next()
        depth = 0
        while True:
            t = self.next()
            if t.kind == "END":
                raise self.error(t)
            if t.kind == "OP" and t.value in "([{":
                depth += 1
            elif t.kind == "OP" and t.value in ")]}":
                depth -= 1
            elif t.kind == "OP" and t.value == ":" and depth == 0:
                break
        return self.mk(Lambda, tok, None, self.expression())

    def disjunction(self):
        tok = self.peek()
        first = self.conjunction()
        if not (self.at("or") and self.peek().kind == "NAME"):
            return first
        values = [first]
        while self.peek().kind == "NAME" and self.accept("or"):
            values.append(self.conjunction())
        return self.mk(BoolOp, tok, Or(), values)

    def conjunction(self):
        tok = self.peek()
        first = self.inversion()
        if not (self.at("and") and self.peek().kind == "NAME"):
            return first
        values = [first]
        while self.peek().kind == "NAME" and self.accept("and"):
            values.append(self.inversion())
        return self.mk(BoolOp, tok, And(), values)

    def inversion(self):
        tok = self.peek()
        if tok.kind == "NAME" and tok.value == "not":
            self.next()
            return self.mk(UnaryOp, tok, Not(), self.inversion())
        return self.comparison()

    def comp_op(self):
        t = self.peek()
        if t.kind == "OP" and t.value in _CMPOPS:
            self.next()
            return _CMPOPS[t.value]()
        if t.kind == "NAME" and t.value == "in":
            self.next()
            return In()
        if t.kind == "NAME" and t.value == "not" and self.toks[self.pos + 1].value == "in":
            self.next()
            self.next()
            return NotIn()
        if t.kind == "NAME" and t.value == "is":
            self.next()
            if self.peek().kind == "NAME" and self.accept("not"):
                return IsNot()
            return Is()
        return None

    def comparison(self):
        tok = self.peek()
        left = self.bitor()
        ops = []
        comparators = []
        while True:
            op = self.comp_op()
            if op is None:
                break
            ops.append(op)
            comparators.append(self.bitor())
        if not ops:
            return left
        return self.mk(Compare, tok, left, ops, comparators)

    def binary(self, sub, ops):
        tok = self.peek()
        left = sub()
        while self.peek().kind == "OP" and self.peek().value in ops:
            op = self.next().value
            left = self.mk(BinOp, tok, left, _BINOPS[op](), sub())
        return left

    def bitor(self):
        return self.binary(self.bitxor, ("|",))

    def bitxor(self):
        return self.binary(self.bitand, ("^",))

    def bitand(self):
        return self.binary(self.shift, ("&",))

    def shift(self):
        return self.binary(self.arith, ("<<", ">>"))

    def arith(self):
        return self.binary(self.term, ("+", "-"))

    def term(self):
        return self.binary(self.factor, ("*", "/", "//", "%", "@"))

    def factor(self):
        tok = self.peek()
        if tok.kind == "OP" and tok.value in ("+", "-", "~"):
            self.next()
            op = {"+": UAdd, "-": USub, "~": Invert}[tok.value]()
            return self.mk(UnaryOp, tok, op, self.factor())
        return self.power()

    def power(self):
        tok = self.peek()
        if tok.kind == "NAME" and tok.value == "await":
            self.next()
            base = self.mk(Await, tok, self.primary())
        else:
            base = self.primary()
        if self.peek().kind == "OP" and self.accept("**"):
            return self.mk(BinOp, tok, base, Pow(), self.factor())
        return base

    def primary(self):
        tok = self.peek()
        node = self.atom()
        while True:
            t = self.peek()
            if t.kind != "OP":
                return node
            if t.value == ".":
                self.next()
                name = self.next()
                if name.kind != "NAME":
                    raise self.error(name)
                node = self.mk(Attribute, tok, node, name.value, Load())
            elif t.value == "(":
                self.next()
                args, keywords = self.arguments()
                node = self.mk(Call, tok, node, args, keywords)
            elif t.value == "[":
                self.next()
                index = self.slices()
                self.expect("]")
                node = self.mk(Subscript, tok, node, index, Load())
            else:
                return node

    def arguments(self):
        args = []
        keywords = []
        while not self.at(")"):
            tok = self.peek()
            if self.accept("*"):
                args.append(self.mk(Starred, tok, self.expression(), Load()))
            elif self.accept("**"):
                keywords.append(self.mk(keyword, tok, None, self.expression()))
            elif tok.kind == "NAME" and self.toks[self.pos + 1].value == "=" and \
                    self.toks[self.pos + 1].kind == "OP":
                self.next()
                self.next()
                keywords.append(self.mk(keyword, tok, tok.value, self.expression()))
            else:
                value = self.namedexpr()
                if self.at("for") or self.at("async"):
                    value = self.mk(GeneratorExp, tok, value, self.comp_for())
                args.append(value)
            if not self.accept(","):
                break
        self.expect(")")
        return args, keywords

    def slices(self):
        tok = self.peek()
        first = self.slice_item()
        if not self.at(","):
            return first
        elts = [first]
        while self.accept(","):
            if self.at("]"):
                break
            elts.append(self.slice_item())
        return self.mk(Tuple, tok, elts, Load())

    def slice_item(self):
        tok = self.peek()
        lower = upper = step = None
        if not self.at(":"):
            if self.at("*"):
                return self.star_expression()
            lower = self.namedexpr()
            if not self.at(":"):
                return lower
        self.expect(":")
        if not (self.at(":") or self.at("]") or self.at(",")):
            upper = self.expression()
        if self.accept(":"):
            if not (self.at("]") or self.at(",")):
                step = self.expression()
        return self.mk(Slice, tok, lower, upper, step)

    def comp_for(self):
        gens = []
        while True:
            is_async = 0
            if self.peek().kind == "NAME" and self.accept("async"):
                is_async = 1
            if not (self.peek().kind == "NAME" and self.accept("for")):
                break
            tok = self.peek()
            targets = [self.star_target()]
            while self.accept(","):
                if self.at("in"):
                    break
                targets.append(self.star_target())
            target = targets[0] if len(targets) == 1 else self.mk(Tuple, tok, targets, Store())
            if not (self.peek().kind == "NAME" and self.accept("in")):
                raise self.error()
            it = self.disjunction()
            ifs = []
            while self.peek().kind == "NAME" and self.accept("if"):
                ifs.append(self.disjunction())
            gens.append(comprehension(target, it, ifs, is_async))
        if not gens:
            raise self.error()
        return gens

    def star_target(self):
        tok = self.peek()
        if self.accept("*"):
            return self.mk(Starred, tok, self.bitor(), Store())
        return self.bitor()

    def strings(self):
        tok = self.peek()
        parts = []
        while self.peek().kind in ("STR", "BYTES", "FSTR"):
            parts.append(self.next())
        kinds = {p.kind for p in parts}
        if "BYTES" in kinds and len(kinds) > 1:
            raise self.error(tok, "cannot mix bytes and nonbytes literals")
        if "FSTR" in kinds:
            return self.mk(JoinedStr, tok, [])
        value = "".join(p.value for p in parts)
        if "BYTES" in kinds:
            return self.mk(Constant, tok, value.encode("latin-1"), None)
        kind = "u" if parts[0].extra in ("u", "U") else None
        return self.mk(Constant, tok, value, kind)

    def atom(self):
        tok = self.peek()
        if tok.kind == "NUM":
            self.next()
            return self.mk(Constant, tok, tok.value, None)
        if tok.kind in ("STR", "BYTES", "FSTR"):
            return self.strings()
        if tok.kind == "NAME":
            if tok.value in ("True", "False", "None"):
                self.next()
                value = {"True": True, "False": False, "None": None}[tok.value]
                return self.mk(Constant, tok, value, None)
            if tok.value in _KEYWORDS:
                raise self.error(tok)
            self.next()
            return self.mk(Name, tok, tok.value, Load())
        if tok.kind != "OP":
            raise self.error(tok)
        if tok.value == "...":
            self.next()
            return self.mk(Constant, tok, Ellipsis, None)
        if tok.value == "(":
            self.next()
            if self.accept(")"):
                return self.mk(Tuple, tok, [], Load())
            if self.at("yield") and self.peek().kind == "NAME":
                ytok = self.next()
                if self.accept("from"):
                    node = self.mk(YieldFrom, ytok, self.expression())
                elif self.at(")"):
                    node = self.mk(Yield, ytok, None)
                else:
                    node = self.mk(Yield, ytok, self.star_expressions())
                self.expect(")")
                return node
            first = self.star_expression()
            if self.at("for") or self.at("async"):
                node = self.mk(GeneratorExp, tok, first, self.comp_for())
                self.expect(")")
                return node
            if self.accept(")"):
                if isinstance(first, Starred):
                    raise self.error(tok, "cannot use starred expression here")
                return first
            elts = [first]
            while self.accept(","):
                if self.at(")"):
                    break
                elts.append(self.star_expression())
            self.expect(")")
            return self.mk(Tuple, tok, elts, Load())
        if tok.value == "[":
            self.next()
            if self.accept("]"):
                return self.mk(List, tok, [], Load())
            first = self.star_expression()
            if self.at("for") or self.at("async"):
                node = self.mk(ListComp, tok, first, self.comp_for())
                self.expect("]")
                return node
            elts = [first]
            while self.accept(","):
                if self.at("]"):
                    break
                elts.append(self.star_expression())
            self.expect("]")
            return self.mk(List, tok, elts, Load())
        if tok.value == "{":
            self.next()
            if self.accept("}"):
                return self.mk(Dict, tok, [], [])
            keys = []
            values = []
            elts = []
            is_dict = None
            while True:
                if self.accept("**"):
                    if is_dict is False:
                        raise self.error()
                    is_dict = True
                    keys.append(None)
                    values.append(self.bitor())
                else:
                    item = self.star_expression()
                    if is_dict is not False and self.accept(":"):
                        if isinstance(item, Starred):
                            raise self.error()
                        is_dict = True
                        value = self.expression()
                        if len(keys) == 0 and (self.at("for") or self.at("async")):
                            node = self.mk(DictComp, tok, item, value, self.comp_for())
                            self.expect("}")
                            return node
                        keys.append(item)
                        values.append(value)
                    else:
                        if is_dict:
                            raise self.error()
                        is_dict = False
                        if not elts and (self.at("for") or self.at("async")):
                            node = self.mk(SetComp, tok, item, self.comp_for())
                            self.expect("}")
                            return node
                        elts.append(item)
                if not self.accept(","):
                    break
                if self.at("}"):
                    break
            self.expect("}")
            if is_dict:
                return self.mk(Dict, tok, keys, values)
            return self.mk(Set, tok, elts)
        raise self.error(tok)


def _parse_expression(source):
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode("utf-8")
    if "\0" in source:
        raise SyntaxError("source code string cannot contain null bytes")
    return _Parser(source).parse_eval()


# Adapted from CPython 3.11's Lib/ast.py (Python Software Foundation License).
def literal_eval(node_or_string):
    """
    Evaluate an expression node or a string containing only a Python
    expression.  The string or node provided may only consist of the following
    Python literal structures: strings, bytes, numbers, tuples, lists, dicts,
    sets, booleans, and None.

    Caution: A complex expression can overflow the C stack and cause a crash.
    """
    if isinstance(node_or_string, str):
        node_or_string = _parse_expression(node_or_string.lstrip(" \t"))
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def _raise_malformed_node(node):
        msg = "malformed node or string"
        if lno := getattr(node, 'lineno', None):
            msg += f' on line {lno}'
        raise ValueError(msg + f': {node!r}')

    def _convert_num(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            _raise_malformed_node(node)
        return node.value

    def _convert_signed_num(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = _convert_num(node.operand)
            if isinstance(node.op, UAdd):
                return + operand
            else:
                return - operand
        return _convert_num(node)

    def _convert(node):
        if isinstance(node, Constant):
            return node.value
        elif isinstance(node, Tuple):
            return tuple(map(_convert, node.elts))
        elif isinstance(node, List):
            return list(map(_convert, node.elts))
        elif isinstance(node, Set):
            return set(map(_convert, node.elts))
        elif (isinstance(node, Call) and isinstance(node.func, Name) and
              node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        elif isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                _raise_malformed_node(node)
            return dict(zip(map(_convert, node.keys),
                            map(_convert, node.values)))
        elif isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = _convert_signed_num(node.left)
            right = _convert_num(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                if isinstance(node.op, Add):
                    return left + right
                else:
                    return left - right
        return _convert_signed_num(node)
    return _convert(node_or_string)
