# Text files: loadtxt/genfromtxt/savetxt on StringIO, lists of lines and a real file.
import io
import os

import numpy as np

S = io.StringIO
print(repr(np.loadtxt(S("5\n"))), repr(np.loadtxt(S("1 2 3\n"))), repr(np.loadtxt(S("1\n2\n"))))
print(repr(np.loadtxt(S("1 2\n"), ndmin=2)), repr(np.loadtxt(S("1\n2\n"), ndmin=2)), repr(np.loadtxt(S("7\n"), ndmin=1)))
print(repr(np.loadtxt(S("# header\n\n1,2 # note\n 3 , 4\n"), delimiter=",")))
print(repr(np.loadtxt(S("1 2\n3 4"), dtype=int)), repr(np.loadtxt(S("1 2 3\n4 5 6\n7 8 9"), usecols=(0, -1), skiprows=1, max_rows=1)))
print(repr(np.loadtxt(S("1;2;3\n4;5;6\n"), delimiter=";", usecols=1)), repr(np.loadtxt(S("% c\n1 2\n"), comments="%")))
for txt, kw in [("1,2\n3\n", dict(delimiter=",")), ("1,,2\n", dict(delimiter=",")), ("1 x\n", {})]:
    try:
        np.loadtxt(S(txt), **kw)
    except ValueError as e:
        print("ValueError", e)
a, b = np.loadtxt(S("1 2\n3 4\n"), unpack=True)
print(a, b)
print(repr(np.loadtxt(["1 2", "3 4"])), repr(np.loadtxt(S("inf nan -1e3 +2\n"))))
print(repr(np.genfromtxt(S("1,2,3\n4,,6\n7,x,9\n"), delimiter=",")))
print(repr(np.genfromtxt(S("a b\n1 2\n3 4\n5 6\n"), skip_header=1, skip_footer=1)))
print(repr(np.genfromtxt(S("1\n2\n"))), repr(np.genfromtxt(S("1 2\n"))), repr(np.genfromtxt(S("1,2\n3,4\n"), delimiter=",", usecols=1)))
print(repr(np.genfromtxt(S("1 2\n"), ndmin=2)), repr(np.genfromtxt(S("1,2\n,4\n"), delimiter=",", filling_values=-1)))
try:
    np.genfromtxt(S("1,2,3\n4,5\n6,7,8\n"), delimiter=",")
except ValueError as e:
    print("ValueError", e)
print(repr(np.genfromtxt(S("1,2,3\n4,5\n6,7,8\n"), delimiter=",", invalid_raise=False)))
print(repr(np.genfromtxt(S("1,2\n3,4\n"), delimiter=",", dtype=int)))
data = np.array([[1.5, 2.0, -3.25], [4.0, 5.125, 6.0]])
for kw in [{}, dict(fmt="%.2f"), dict(fmt="%d", delimiter=","), dict(fmt=["%.1f", "%g", "%e"], delimiter="\t"),
           dict(fmt="%5.1f|%5.1f|%5.1f"), dict(header="x y z\nunits", footer="end", comments="## "), dict(newline=";\n", fmt="%g")]:
    out = S()
    np.savetxt(out, data, **kw)
    print(repr(out.getvalue()))
out = S()
np.savetxt(out, np.arange(4), fmt="%d")
print(repr(out.getvalue()))
out = S()
np.savetxt(out, np.array([True, False]), fmt="%s")
print(repr(out.getvalue()))
try:
    np.savetxt(S(), data, fmt="%f %f")
except ValueError as e:
    print("ValueError", e)
try:
    np.savetxt(S(), np.zeros((2, 2, 2)))
except ValueError as e:
    print("ValueError", e)
path = "nf7_text_io.tmp"
np.savetxt(path, data, delimiter=",", header="a,b,c")
back = np.loadtxt(path, delimiter=",")
print(repr(back), np.array_equal(back, data))
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(np.loadtxt(f, delimiter=",", usecols=[2])))
print(repr(np.genfromtxt(path, delimiter=",", skip_header=1)))
os.remove(path)
