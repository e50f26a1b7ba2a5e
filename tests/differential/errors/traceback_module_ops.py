# Tracebacks (printed to stdout with traceback.format_exc) of errors raised by operators in
# module-level statements, where the compiler's typed fast paths call runtime helpers.
import traceback


def tb():
    # The script's path depends on the checkout: print it without its folder.
    return traceback.format_exc().replace(__file__, "traceback_module_ops.py")


a = 1
b = 0
fa = 1.5
fb = 0.0
word = "x"
items = [1, 2]

try:
    x = 1 / 0
except ZeroDivisionError:
    print(tb())

try:
    x = a / b
except ZeroDivisionError:
    print(tb())

try:
    y = fa / fb
except ZeroDivisionError:
    print(tb())

try:
    z = a // b
except ZeroDivisionError:
    print(tb())

try:
    z = a % b
except ZeroDivisionError:
    print(tb())

try:
    flag = a < word
except TypeError:
    print(tb())

try:
    if items > 0:
        pass
except TypeError:
    print(tb())

try:
    found = 1 in 5
except TypeError:
    print(tb())

try:
    big = 2.0 ** 10000
except OverflowError:
    print(tb())

for i in range(3):
    try:
        q = 10 // (1 - i)
    except ZeroDivisionError:
        print(i, tb())
print("done")
