def f(flag):
    if flag:
        x = 1
    try:
        print(x)
    except UnboundLocalError as e:
        print("ULE", e)

f(True); f(False)

def g():
    y = 5
    del y
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)

g()

def h(n):
    total = 0
    for i in range(n):
        if i > 1:
            print(prev)
        prev = i
        total += i
    return total
print(h(4))

def k():
    try:
        v = int("x")
    except ValueError:
        pass
    try:
        return v
    except UnboundLocalError as e:
        print(e)
k()

def m():
    try:
        z += 1
    except UnboundLocalError as e:
        print(e)
m()

a = 1
del a
try:
    print(a)
except NameError as e:
    print(e)

for q in []:
    pass
try:
    print(q)
except NameError as e:
    print(e)

def w():
    while True:
        line = "x"
        break
    return line
print(w())

def loopelse():
    for i in range(3):
        pass
    else:
        r = i
    return r
print(loopelse())
if __name__ == "__main__":
    res = 3
print(res)
def unb():
    print(later)
    later = 1
try:
    unb()
except UnboundLocalError as e:
    print(e)

def free_later():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 2
    return inner()
print(free_later())

def rec_inner(n):
    def walk(k):
        return 0 if k == 0 else 1 + walk(k - 1)
    return walk(n)
print(rec_inner(50))

def with_branches(x):
    if x > 0:
        s = "pos"
    elif x < 0:
        s = "neg"
    else:
        return "zero"
    return s
print(with_branches(1), with_branches(-1), with_branches(0))

def match_bind(p):
    match p:
        case (a, b):
            r = a + b
        case _:
            pass
    try:
        return r
    except UnboundLocalError as e:
        return str(e)
print(match_bind((1, 2)), match_bind(3))

def handler_name():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        print(err)
    except NameError as e:
        print(type(e).__name__, e)
handler_name()

def walrus(items):
    if (n := len(items)) > 2:
        return n
    return -n
print(walrus([1, 2, 3]), walrus([]))
