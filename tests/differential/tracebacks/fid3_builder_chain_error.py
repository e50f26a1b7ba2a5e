class Query:
    def __init__(self, table):
        self.table = table
        self.filters = []
        self.limit_n = None

    def where(self, cond):
        self.filters.append(cond)
        return self

    def limit(self, n):
        if n <= 0:
            raise ValueError(f"limit must be positive, got {n}")
        self.limit_n = n
        return self

    def sql(self):
        s = f"SELECT * FROM {self.table}"
        if self.filters:
            s += " WHERE " + " AND ".join(self.filters)
        if self.limit_n:
            s += f" LIMIT {self.limit_n}"
        return s


def table(name):
    return Query(name)


print(table("users").where("age > 30").limit(10).sql())
queries = [table("orders").where("total > 100")]
print(queries[0].sql())
print(table("logs").where("level = 'ERROR'").limit(0).sql())
