import sys


class Config:
    defaults = {"retries": 3, "verbose": False}

    def __init__(self, **overrides):
        unknown = set(overrides) - set(self.defaults)
        if unknown:
            raise TypeError(f"unknown options: {', '.join(sorted(unknown))}")
        self.values = {**self.defaults, **overrides}

    def __getitem__(self, key):
        return self.values[key]


def main(argv):
    cfg = Config(retries=5)
    print("retries", cfg["retries"], "verbose", cfg["verbose"])
    try:
        Config(colour="red", size=3)
    except TypeError as e:
        print("error:", e)
    return 0 if argv else 4


if __name__ == "__main__":
    code = main(sys.argv[1:])
    print("exiting with", code)
    sys.exit(code)
