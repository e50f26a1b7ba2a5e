#!/usr/bin/env python3
"""Patch rustpython-parser 0.4.0's generated LALR parser (src/python.rs) for speed (vendor/README.md).

Usage: cp ~/.cargo/registry/src/*/rustpython-parser-0.4.0/src/python.rs vendor/rustpython-parser/src/
       python3 vendor/patch_rustpython_parser.py vendor/rustpython-parser/src/python.rs
"""
import re, sys
path = sys.argv[1]
src = open(path).read()
BOX = {
    "ast::Comprehension", "ast::Stmt", "(ast::Expr, ast::Pattern)", "(ast::Expr, ast::Expr)",
    "ast::MatchCase", "(ast::Identifier, ast::Pattern)", "(TextSize, ast::Expr, ast::Suite)",
    "(Option<(TextSize, TextSize, Option<ast::Identifier>)>, ast::Expr)",
    "core::option::Option<(Option<(TextSize, TextSize, Option<ast::Identifier>)>, ast::Expr)>",
    "(ast::Expr, ast::Identifier)", "ast::Pattern", "core::option::Option<ast::Pattern>",
    "ast::Arguments", "core::option::Option<ast::Arguments>",
    "(token::Tok, ArgumentList, token::Tok)", "core::option::Option<(token::Tok, ArgumentList, token::Tok)>",
}
start = src.index("pub(crate) enum __Symbol<>")
end = src.index("\n    }\n", start)
enum = src[start:end]
boxed = []
def repl(m):
    n, ty = m.group(1), m.group(2)
    if ty in BOX:
        boxed.append(n)
        return f"Variant{n}(Box<{ty}>),"
    return m.group(0)
new_enum = re.sub(r"Variant(\d+)\((.*)\),", repl, enum)
assert len(boxed) == len(BOX), (boxed, len(BOX))
# Every shift and reduce moves a symbol: keep them at most an expression's size (plus the tag).
new_enum += "\n    }\n    const _: () = assert!(core::mem::size_of::<__Symbol>() <= 88);"
end += len("\n    }\n") - 1
# A word-sized tag: with a byte tag, LLVM copied a symbol from its byte 1 in 16-byte pieces that
# straddled the 16-byte stores just made (a store-forwarding stall at every reduction).
new_enum = new_enum.replace("pub(crate) enum __Symbol<>", "#[repr(u64)]\n    pub(crate) enum __Symbol<>", 1)
src = src[:start] + new_enum + src[end:]
for n in boxed:
    pop = f"Some((__l, __Symbol::Variant{n}(__v), __r)) => (__l, __v, __r),"
    assert src.count(pop) == 1, n
    src = src.replace(pop, f"Some((__l, __Symbol::Variant{n}(__v), __r)) => (__l, *__v, __r),")
    push = f"__Symbol::Variant{n}(__nt)"
    k = src.count(push)
    assert k >= 1, n
    src = src.replace(push, f"__Symbol::Variant{n}(Box::new(__nt))")
    others = re.findall(rf"__Symbol::Variant{n}\((?!Box::new\(__nt\)|__v\))", src)
    assert not others, (n, others)
    print(f"Variant{n}: {k} pushes", file=sys.stderr)
# The reduce functions out of line: inlined into `__reduce`'s match they gave it a 32 KB stack
# frame, whose pages were probed (written) at every reduction.
k = len(re.findall(r"\n    pub\(crate\) fn __reduce\d+<", src))
src = re.sub(r"\n    pub\(crate\) fn __reduce(\d+)<", r"\n    #[inline(never)]\n    pub(crate) fn __reduce\1<", src)
print(f"{k} reduce functions out of line", file=sys.stderr)
# The fallible reductions written inline in `__reduce`'s match (their action can fail) go out of
# line too, each in a function of its own.
start = src.index("    pub(crate) fn __reduce<\n")
m0 = src.index("let (__pop_states, __nonterminal) = match __action {", start)
lines = src[m0:].split("\n")
out, i, moved = lines[:1], 1, 0
while True:
    m = re.match(r"^            (\d+) => \{$", lines[i])
    if not m:
        assert lines[i].startswith("            _ => panic!"), lines[i]
        break
    j = i + 1
    while lines[j] != "            }":
        j += 1
    body = lines[i + 1 : j]
    text = "\n".join(body)
    if (len(body) == 1 and re.match(r"^ +__reduce\d+\(", body[0])) or "return Some(Ok" in text:
        out += lines[i : j + 1]
    else:
        assert text.count("return ") == 1 and text.count("return Some(Err(e))") == 1, text
        assert re.match(r"^ +\(\d+, \d+\)$", body[-1]), body[-1]
        n = m.group(1)
        out.append(lines[i])
        out.append("                #[inline(never)]")
        out.append("                #[allow(unused_variables)]")
        out.append(f"                fn __reduce_fallible{n}(__lookahead_start: Option<&TextSize>, __symbols: &mut alloc::vec::Vec<(TextSize,__Symbol<>,TextSize)>) -> Result<(usize, usize), __lalrpop_util::ParseError<TextSize, token::Tok, LexicalError>> {{")
        body = [l.replace("return Some(Err(e))", "return Err(e)") for l in body]
        body[-1] = body[-1].replace("(", "Ok((", 1) + ")"
        out += ["    " + l for l in body]
        out.append("                }")
        out.append(f"                match __reduce_fallible{n}(__lookahead_start, __symbols) {{ Ok(v) => v, Err(e) => return Some(Err(e)) }}")
        out.append(lines[j])
        moved += 1
    i = j + 1
out += lines[i:]
src = src[:m0] + "\n".join(out)
print(f"{moved} fallible reductions out of line", file=sys.stderr)
open(path, "w").write(src)
