# Typed int locals: raw JS arithmetic with overflow into big ints inside loops.
def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x


def sums(n):
    total = 0
    big = 2**53 - 5
    for i in range(n):
        total += big
        big = big + i
    return total, big


def negatives(n):
    k = 0
    for i in range(n):
        k = k - i * 1000000007
    return k, -k, k % 97, -(k % 97), k // 7


def zero_products(n):
    out = []
    for i in range(n):
        z = 0 * -i
        out.append(z)
    return out


def mods(n):
    r = []
    for i in range(-n, n):
        r.append(i % 5)
    return r


def shadow_len():
    len = lambda x: 2.5
    a = len([1, 2, 3])
    return a + 1


def changes_type(n):
    v = 0
    for i in range(n):
        if i == 2:
            v = "s"
        elif i > 2:
            v = v + "!"
        else:
            v = v + i
    return v


def compare_big(n):
    a = 2**60
    b = n
    return a > b, a == b, a != b, b < a, a == 2**60, 0 <= b < a


print(grow(10), grow(40), grow(60))
print(sums(5))
print(negatives(10))
print(zero_products(3))
print(mods(6))
print(shadow_len())
print(changes_type(6))
print(compare_big(7))
count = 0
for i in range(10):
    count = count + i * i
print(count, count > 100, not count)
