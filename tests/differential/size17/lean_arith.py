# A program of functions, loops, arithmetic and prints: compiled for the lean runtime.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def describe(x):
    if x < 0:
        return "negative"
    elif x == 0:
        return "zero"
    return "big" if x > 10 else "small"


x = 3
y = 0.5
for i in range(12):
    print(i, fib(i), describe(i - 3), fib(i) % 3 == 0, end=" |\n")
print(fib(100), -fib(80), fib(90) // 7, fib(90) % 1000, fib(95) * fib(96) - fib(97))
print(7.5 // 2, -7.5 % 2, 7 // -2, -7 % 3, 1e308 * 10, -1e308 * 10, 0.1 + 0.2, 2.5 * 4)
print(True + True, True * 3, 5 - True, None == None, 1 == 1.0, 3 if x else 4)
print(x * y, x - y, -y, x // y, x % y, x + True, y * False)
s = "hello"
print(len(s), s + " world", s * 2, s * -1 == "", s < "help", s >= "hello", s != "x", "é" * 3)
print(len("é😀x"), "😀" > "\uffff", "a" < "b" < "c", 3 < 2.5, 1 <= True, 2 ** 64 > 1.5)
print(10 ** 20 % 7, -(10 ** 20) // 7, (10 ** 20) * 0.5, 1 / 3, 10 / 4)
total = 0
k = 0
while k < 100:
    k += 1
    if k % 7 == 0:
        continue
    total += k * k
print("total", total, sep="=", end="!\n")
print("a", "b", sep=None, end=None)
print()
