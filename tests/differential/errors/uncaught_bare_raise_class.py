# Raising a class without arguments: the last line is just the class name.
def check(state):
    print("state is", state)
    if state != "ready":
        raise RuntimeError
    return "ok"
print(check("ready"))
try:
    check("warming up")
except RuntimeError as e:
    print("handled:", repr(e), repr(str(e)), e.args)
def reraise():
    try:
        check("stopped")
    except RuntimeError:
        print("re-raising")
        raise
try:
    reraise()
except RuntimeError as e:
    print("handled again:", type(e).__name__)
check("broken")
print("never reached")
