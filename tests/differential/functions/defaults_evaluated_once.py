# Default values are evaluated once, at def time.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(tag=next_id()):
    return tag
print(make(), make(), counter, make(99))
x = 10
def show(v=x):
    return v
x = 20
print(show(), x)
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(80), len(memo_fib.__defaults__[0]))
print(append_to.__defaults__, show.__defaults__, make.__defaults__)
def kw_default(*, flag=[]):
    flag.append(len(flag))
    return flag
print(kw_default(), kw_default(), kw_default.__kwdefaults__)
funcs = []
for i in range(3):
    def f(i=i):
        return i * 10
    funcs.append(f)
print([g() for g in funcs])
def evaluated_order(a=print("default a evaluated") or 1, b=print("default b evaluated") or 2):
    return a + b
print(evaluated_order(), evaluated_order(5))
