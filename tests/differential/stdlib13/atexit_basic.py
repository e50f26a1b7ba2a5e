import atexit

log = []


def goodbye(name, punct="!"):
    print(f"goodbye {name}{punct}")


def summary():
    print("summary:", log)


@atexit.register
def first():
    print("first registered, runs last")


atexit.register(summary)
atexit.register(goodbye, "world")
atexit.register(goodbye, "kw", punct="?")
h = atexit.register(goodbye, "removed")
print(h is goodbye)
atexit.unregister(lambda: None)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)

for i in range(3):
    log.append(i * i)
print("main body done")
