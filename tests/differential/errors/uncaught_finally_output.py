# finally blocks run (and print) while the exception propagates to the top.
def inner():
    try:
        print("inner: working")
        {}["missing"]
    finally:
        print("inner: cleanup")
def outer():
    try:
        inner()
    finally:
        print("outer: cleanup")
outer()
