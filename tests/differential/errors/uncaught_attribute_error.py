# AttributeError on None returned by a lookup function.
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u
users = [{"name": "ann"}]
print(find_user(users, "ann")["name"])
result = find_user(users, "bob")
print("found:", result)
print(result.upper())
