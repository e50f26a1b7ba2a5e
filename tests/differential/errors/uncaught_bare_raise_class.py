# Raising a class without arguments: the last line is just the class name.
def check(state):
    print("state is", state)
    if state != "ready":
        raise RuntimeError
check("ready")
check("broken")
