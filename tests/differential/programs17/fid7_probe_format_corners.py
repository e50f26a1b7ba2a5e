# Formatting corners: 'n', '#x', '_b', '+.3e', '%' of nan/inf, '.0f' ties, huge ints with ',' and width.
inf, nan = float("inf"), float("nan")
for v in [0, 7, -7, 255, 1234567, -1234567, 2 ** 70, -(2 ** 70)]:
    print(repr(format(v, "n")), repr(format(v, "#x")), repr(format(v, "#X")), repr(format(v, "#o")), repr(format(v, "#b")))
    print(repr(format(v, "_b")), repr(format(v, "_x")), repr(format(v, ",")), repr(format(v, "_")), repr(format(v, "+,d")))
for v in [0.0, -0.0, 1.5, 2.5, 0.5, -0.5, 3.5, 1234.5678, 1e16, 1e-7, 123456789.125, inf, -inf, nan]:
    print(f"{v!r:>16} |{v:.0f}|{v:+.3e}|{v:.2%}|{v:n}|{v:,.2f}|{v:_.1f}|{v:g}|{v:#g}|{v:#.0f}|{v:#.0e}|{v: .2f}|")
for v in [inf, -inf, nan, -nan]:
    print(f"{v:%}|{v:10.2%}|{v:<8}|{v:^9}|{v:08.2f}|{v:E}|{v:F}|{v:G}|{v:+}")
for v in [10 ** 30, -(10 ** 25) - 7, 2 ** 64]:
    print(f"[{v:>45,}]")
    print(f"[{v:<45_}]")
    print(f"[{v:^+45,}]")
    print(f"[{v:=+45,}]")
    print(f"[{v:045,}]")
    print(f"[{v:#046_x}]")
    print(f"[{v:e}] [{v:.3g}] [{v:,.2f}] [{v:%}]")
for spec in ["08.3f", "+08.3f", "=+10.2f", "*^12.1f", "-<10g", "0=10.1f"]:
    print(spec, repr(format(3.14159, spec)), repr(format(-2, spec.replace("f", "d").replace("g", "d").replace(".3", "").replace(".2", "").replace(".1", ""))))
for x in [0.125, 0.375, 2.675, 1.005, 0.045, 5e-324, 1.7976931348623157e308]:
    print(f"{x:.2f} {x:.1f} {x:.0e} {x:.17g} {x:r}" if False else f"{x:.2f} {x:.1f} {x:.0e} {x:.17g} {x!r}")
print("%5.1f|%-8.3e|%+d|%x|%#o|%X|%c|%r|%s|%%|%05d|% d" % (2.25, 12345.678, 5, 255, 8, 3054, 65, "a'b", None, 42, 7))
print("%(a)s-%(b)05.1f" % {"a": [1, 2], "b": 2.345})
print("%.3s|%10.4s|%-6s|" % ("abcdef", "xyzwvu", "ab"))
print("%e %g %G %f" % (inf, nan, -inf, nan))
for bad in ["%d" , "%d %d", "%q", "%(x)d", "%*d"]:
    try:
        print(repr(bad % (1,)) if bad != "%(x)d" else repr(bad % {"y": 1}))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
for bad in [(3.5, "d"), ("s", "d"), (3, "s="), (1.5, "c"), (3, ",c"), (3, "_s"), (2 ** 40, "c"), ("x", ","), (5, ".2d"), (1, "z")]:
    try:
        print(repr(format(bad[0], bad[1])))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(format(True, "d"), format(True, ">5"), format(False, "x"), f"{True!r:>6}", format(True), format(3, ""), format(2.0, ""))
print(f"{1e22:f}", f"{1e22}", f"{1e-5}", f"{123e-7:.3}", f"{0.1 + 0.2}", f"{100.0:.3g}", f"{100.0:g}", f"{1e100:.2f}"[:20])
print(f"{12345.6789:10.3n}", f"{0.000012345:n}", f"{1234567:n}", f"{-0.0:n}", f"{5:n}")
