"""Float printing under the lean driver (a body that cannot raise): constants, folded
arithmetic, float variables and {x:.Nf} fields, each as CPython prints them."""

x = 2.5
y = 2.0
tiny = 1e-05
huge = 1e22
big = 12345678901234567890123
n = 7
label = "total"
flag = True
tie = 0.125
neg = 0.0
ratio = 0.3333333333333333

print(3.75)
print(1 / 3, 2 / 3, 10 / 4, 7 / 7, -1 / 3)
print(0.1 + 0.2, 0.1 * 3, 1e16, 9999999999999998.0, 1e-4, 9.99e-05, -0.0, 1e308 * 10, -1e308 * 10)
print(2 * 3 - 1, -(3), +4.5, 6 / 4 * 2)
print(x, y, tiny, huge, big, n, label, flag, tie, neg, ratio)
print(f"{x:.2f}|{y:.0f}|{n:.3f}|{tie:.2f}|{tie:.1f}|{tie:.20f}|{neg:.1f}|{huge:.1f}")
print(f"{label}: {x} {n} {flag} {big} {0.5:.0f} {1.5:.0f} {2.5:.0f}", sep="")
print(x, y, sep=", ", end="!\n")


def report():
    share = 0.375
    print(f"share {share:.2f} of {share:.4f}", share)


report()
print("done")
