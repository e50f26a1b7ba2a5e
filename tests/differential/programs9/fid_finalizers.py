"""Resource tracking with __del__: CPython finalizes an object as soon as its last reference goes."""


class Connection:
    live = 0

    def __init__(self, name):
        self.name = name
        Connection.live += 1
        print(f"connect {name} (live={Connection.live})")

    def query(self, q):
        return f"{self.name}:{q.upper()}"

    def __del__(self):
        Connection.live -= 1
        print(f"disconnect {self.name} (live={Connection.live})")


def run_report(tag):
    conn = Connection(f"tmp-{tag}")
    result = conn.query("select 1")
    print("report", result)
    return result


main = Connection("main")
print(main.query("ping"))
for i in range(2):
    run_report(i)
pool = [Connection(f"pool-{i}") for i in range(3)]
pool.pop()
print("pool size", len(pool), "live", Connection.live)
pool = None
main = Connection("replacement")
del main
print("live at end", Connection.live)
