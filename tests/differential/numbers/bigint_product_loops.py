# Loops whose whole body multiplies an int accumulator (compiled as a pending product that is
# regrouped): results, signs, zeros, BigInt factors, floats left alone, the loop variable after.


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def odd_product(n):
    r = 1
    for i in range(n):
        r = r * (2 * i + 1)
    return r


def signed(n):
    r = -3
    for i in range(-n, n, 7):
        r = (i - 1) * r
    return r


def with_zero(n):
    r = 5
    for i in range(-3, n):
        r *= i
    return r


def neg_zero():
    r = 0
    for i in range(1, 4):
        r *= -i
    return r, str(r), r == 0


def big_factor(n, big):
    r = 1
    for i in range(n):
        r *= big + i
    return r


def from_big(n):
    r = 2**70
    for i in range(1, n):
        r *= -i
    return r


def float_acc(n):
    r = 1.0
    for i in range(1, n):
        r *= i * 1.1
    return r


def empty_range():
    r = 7
    for i in range(5, 2):
        r *= i
    return r


def last_counter(n):
    r = 1
    i = -1
    for i in range(3, n):
        r *= i * i
    return r, i


def step_down(n):
    r = 1
    for k in range(n, 0, -2):
        r *= k
    return r


def powers(n):
    r = 1
    for _ in range(n):
        r *= 1 << 40
    return r


print(fact(0), fact(1), fact(20), fact(21), fact(25))
f = fact(500)
print(len(str(f)), f % 1000000007, f.bit_length())
import math
print(fact(1000) == math.factorial(1000), fact(3000) // math.factorial(2999))
print(odd_product(40), odd_product(1))
print(signed(60), signed(3))
print(with_zero(10), with_zero(-2))
print(neg_zero())
print(big_factor(5, 10**20), big_factor(3, -(2**60)))
print(from_big(30), from_big(1))
print(float_acc(30), float_acc(2))
print(empty_range())
print(last_counter(12), last_counter(2))
print(step_down(41), step_down(1))
print(powers(50) == 2 ** 2000, powers(1))
g = 1
for j in range(1, 200):
    g *= j
print(g % 10**30, j)
