def greet(name, greeting):
    return f"{greeting}, {name}"


print(greet("a", "hi"))
greet("bob")
