import atexit

def a():
    print("a")

def b():
    print("b")

atexit.register(a)
atexit.register(b)
atexit.register(a)
atexit.unregister(a)   # removes every registration of a
atexit.register(print, "x", "y", sep="-")
print("end")
raise ValueError("boom")
