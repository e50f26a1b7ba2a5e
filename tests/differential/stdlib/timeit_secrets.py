import secrets
import timeit

t = timeit.timeit(lambda: sum(range(100)), number=100)
print(type(t).__name__, t >= 0)
print(len(timeit.repeat(lambda: None, repeat=3, number=10)))
timer = timeit.Timer(lambda: [i * i for i in range(10)])
print(timer.timeit(number=5) >= 0)
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), len(secrets.token_hex()))
print(0 <= secrets.randbelow(10) < 10, secrets.choice(["a"]), secrets.randbits(8) < 256)
print(len(secrets.token_urlsafe(16)), secrets.compare_digest("abc", "abc"))
