# A retry helper that re-raises the last error after noting every attempt.
class FlakyError(Exception):
    pass

attempts = []
def flaky(n):
    attempts.append(n)
    raise FlakyError(f"attempt {n} failed")

def retry(fn, times):
    last = None
    for n in range(times):
        try:
            return fn(n)
        except FlakyError as e:
            e.add_note(f"retry {n + 1}/{times}")
            last = e
    raise last

try:
    retry(flaky, 2)
except FlakyError as e:
    print("first round:", e, e.__notes__)
retry(flaky, 3)
