# finally blocks run (and print) while the exception propagates to the top.
log = []
def inner(key):
    try:
        print("inner: working on", key)
        table = {"present": 1}
        return table[key]
    finally:
        print("inner: cleanup for", key)
        log.append(key)
def outer(key):
    try:
        return inner(key)
    finally:
        print("outer: cleanup for", key)
print("result", outer("present"))
try:
    outer("absent-but-caught")
except KeyError as e:
    print("caught", e)
print("log so far", log)
outer("missing")
print("never reached")
