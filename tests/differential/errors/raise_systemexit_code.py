# raise SystemExit(42): status 42, nothing on stderr.
class Job:
    def __init__(self, name, steps):
        self.name, self.steps = name, steps
    def run(self):
        for i in range(self.steps):
            print(f"{self.name}: step {i}")
        return self.steps
def main():
    print("working")
    total = sum(Job(n, s).run() for n, s in [("build", 2), ("test", 3)])
    print("total steps", total)
    if total != 4:
        raise SystemExit(42)
    print("not reached")
try:
    main()
except Exception:
    print("not an Exception")
finally:
    print("finally before exit")
print("never printed")
