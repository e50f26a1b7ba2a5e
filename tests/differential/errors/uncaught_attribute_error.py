# AttributeError on None returned by a lookup function.
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u
class Profile:
    def __init__(self, name):
        self.name = name
users = [{"name": "ann"}, {"name": "cid"}]
print(find_user(users, "ann")["name"])
p = Profile("ann")
print(p.name, getattr(p, "email", "no email"), hasattr(p, "email"))
try:
    p.email
except AttributeError as e:
    print("caught:", e)
try:
    Profile.missing
except AttributeError as e:
    print("caught:", e)
result = find_user(users, "bob")
print("found:", result)
print(result.upper())
print("never reached")
