# int <-> str digit limit (CPython 3.11: 4300 digits, sys.set_int_max_str_digits).
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r) if isinstance(r, str) else r.bit_length())
    except ValueError as e:
        print(label, "ValueError", e)


big = 10**4299
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
attempt("str 4300", lambda: str(big))
attempt("str -4300", lambda: str(-big))
attempt("str 4301", lambda: str(big * 10))
attempt("str -4301", lambda: str(-big * 10))
attempt("repr 4301", lambda: repr(big * 10))
attempt("fstr 4301", lambda: f"{big * 10}")
attempt("fmt d 4301", lambda: format(big * 10, "d"))
attempt("pct 4301", lambda: "%d" % (big * 10))
attempt("hex ok", lambda: hex(big * 10))
attempt("int 4300", lambda: int("7" * 4300))
attempt("int 4301", lambda: int("7" * 4301))
attempt("int -4301", lambda: int("-" + "7" * 4301))
attempt("int us", lambda: int("1_" * 4300 + "1"))
attempt("int hex ok", lambda: int("f" * 5000, 16))
attempt("int b36", lambda: int("z" * 4301, 36))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
attempt("str 4301 @5000", lambda: str(big * 10))
attempt("int 4301 @5000", lambda: int("7" * 4301))
attempt("int 5001 @5000", lambda: int("7" * 5001))
attempt("str 5001 @5000", lambda: str(10**5000))
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits())
attempt("str 20000 @0", lambda: str(10**19999))
attempt("int 20000 @0", lambda: int("9" * 20000))
for bad in (-1, 1, 639, 100):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("set", bad, "ValueError", e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
attempt("str 641 @640", lambda: str(10**640))
attempt("str 640 @640", lambda: str(10**639))
attempt("int 641 @640", lambda: int("1" * 641))
sys.set_int_max_str_digits(maxdigits=4300)
attempt("str 4301 back", lambda: str(big * 10))
# A value near 2**53 and small values never hit the limit.
print(str(2**53 + 1), int("9007199254740993"), str(-(2**64)))
