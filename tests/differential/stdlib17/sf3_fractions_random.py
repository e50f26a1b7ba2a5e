"""fractions (from_float, from_decimal, limit_denominator, arithmetic with floats/ints, errors) and random (Random instances, getstate/setstate, sample counts=, choices cum_weights)."""
import math
import random
from decimal import Decimal
from fractions import Fraction

print(Fraction.from_float(0.1), Fraction.from_float(2.5), Fraction(0.1).limit_denominator(), Fraction(math.pi).limit_denominator(1000), Fraction.from_decimal(Decimal("-1.25")))
print(Fraction("3/4"), Fraction(" -7/21 "), Fraction("1.5e-3"), Fraction("2.50"), Fraction(Decimal("0.3")), Fraction(3, -6), Fraction(Fraction(1, 2), Fraction(1, 3)))
for bad in ["1/0", "abc", "1/2/3", "1.2.3"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print("TypeError", e)
try:
    Fraction(float("nan"))
except ValueError as e:
    print("ValueError", e)
a, b = Fraction(3, 4), Fraction(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), -a, abs(-a), a ** 2, a ** -2, 4 ** Fraction(1, 2), a ** Fraction(1, 2))
print(a + 1, 1 - a, a * 2.0, 2.0 / a, a == 0.75, a < 0.8, a > 1, Fraction(1, 3) == 1 / 3, a + 1j)
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3), round(Fraction(-13, 4), -1))
print(float(a), int(Fraction(-9, 4)), bool(Fraction(0)), a.numerator, a.denominator, a.as_integer_ratio(), Fraction(10, 4).limit_denominator(1), hash(Fraction(3, 1)) == hash(3))
print(sorted([Fraction(1, 3), 0.3, Fraction(1, 4), 1]), sum([Fraction(1, n) for n in range(1, 7)]), max(Fraction(2, 3), 0.66), repr(Fraction(-1, 3)), str(Fraction(4, 2)))
print(Fraction(1, 7).limit_denominator(5), Fraction(3.141592653589793).limit_denominator(100), Fraction(0).limit_denominator(3), Fraction(123, 1000).limit_denominator(10))
try:
    Fraction(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError", e)
print(f"{float(Fraction(1, 3)):.5f}", str(Fraction(5, 1)), Fraction(1, 3) * 3 == 1, Fraction(2, 4) is not Fraction(1, 2))

r1 = random.Random(2024)
r2 = random.Random(2024)
print([r1.randint(1, 100) for _ in range(5)] == [r2.randint(1, 100) for _ in range(5)], r1.random(), r1.uniform(1, 2), r1.randrange(0, 100, 7), r1.getrandbits(40))
state = r1.getstate()
seq1 = [r1.random() for _ in range(3)]
r1.setstate(state)
seq2 = [r1.random() for _ in range(3)]
print(seq1 == seq2, seq1, state[0], len(state[1]), state[2])
r3 = random.Random()
r3.setstate(state)
print(r3.random() == seq1[0])
r = random.Random(7)
print(r.sample(range(100), 5), r.sample(["red", "blue"], counts=[3, 2], k=5), r.choices("abc", weights=[5, 1, 1], k=6), r.choices("abc", cum_weights=[1, 2, 10], k=6))
deck = list(range(10))
r.shuffle(deck)
print(deck, r.choice("xyz"), r.gauss(0, 1), r.normalvariate(10, 2), r.expovariate(1.5), r.triangular(0, 10, 3), r.betavariate(2, 3))
print(r.gammavariate(2, 1), r.lognormvariate(0, 0.5), r.vonmisesvariate(1, 2), r.paretovariate(3), r.weibullvariate(1, 1.5), r.randbytes(5).hex())
for bad in [lambda: r.sample(range(3), 5), lambda: r.choice([]), lambda: r.randrange(5, 5), lambda: r.choices("ab", weights=[1], k=2), lambda: r.sample(["a"], counts=[-1], k=1), lambda: r.randint(3, 1)]:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
random.seed("a string seed")
print(random.random(), random.randint(0, 10 ** 20))
random.seed(b"bytes seed")
print(random.random())
random.seed(12345, version=1)
print(random.random())


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(99)
print([d.roll() for _ in range(10)], isinstance(d, random.Random), Dice(99).roll() == Dice(99).roll())
sr = random.SystemRandom()
print(0 <= sr.random() < 1, isinstance(sr.randint(1, 2), int))
