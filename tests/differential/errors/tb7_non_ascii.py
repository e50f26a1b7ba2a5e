# Carets under expressions on lines with non-ASCII text (the end positions are UTF-16 columns).
import traceback

s = "héllo wörld 😀"


def f(a, b):
    return len("ü😀") + a["ключ"] / b


def g(d):
    return d["名前"] + s * 2 / 3


for call in (lambda: f({"ключ": 1}, 0), lambda: g({"名前": "x"}), lambda: "😀" + s[1:] + 3):
    try:
        call()
    except Exception:
        print(traceback.format_exc().replace(__file__, "tb7_non_ascii.py"))
