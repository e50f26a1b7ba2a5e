def add(a, b):
    return a + b


def greet(name):
    return "Hello, " + name + "!"


print(add(2, 3), add(2.5, 0.5), add("a", "b"), add(2 ** 62, 2 ** 62))
print(greet("world"))
