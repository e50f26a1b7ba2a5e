# sys.exit with a code: the process exit status must be 3 and output before it flushed.
import sys
print("about to exit")
for i in range(3):
    print("line", i)
def cleanup():
    try:
        sys.exit(3)
    finally:
        print("finally runs before exit")
cleanup()
print("never printed")
