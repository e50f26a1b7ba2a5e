class GameError(Exception):
    pass


class Room:
    def __init__(self, name, description, items=None):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = list(items or [])
        self.locked = set()

    def connect(self, direction, other, back=None):
        self.exits[direction] = other
        if back:
            other.exits[back] = self

    def __repr__(self):
        return f"<Room {self.name}>"


class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0
        self.score = 0

    def go(self, direction):
        if direction not in self.room.exits:
            raise GameError(f"You can't go {direction} from the {self.room.name}.")
        if direction in self.room.locked:
            if "key" not in self.inventory:
                raise GameError("The door is locked.")
            self.room.locked.discard(direction)
            print("You unlock the door with the key.")
        self.room = self.room.exits[direction]
        self.moves += 1
        return self.room.description

    def take(self, item):
        try:
            self.room.items.remove(item)
        except ValueError:
            raise GameError(f"There is no {item} here.") from None
        self.inventory.append(item)
        self.score += {"gem": 50, "key": 5}.get(item, 1)
        return f"Taken: {item}."

    def drop(self, item):
        if item not in self.inventory:
            raise GameError(f"You don't have a {item}.")
        self.inventory.remove(item)
        self.room.items.append(item)
        return f"Dropped {item}."

    def look(self):
        parts = [f"== {self.room.name} ==", self.room.description]
        if self.room.items:
            parts.append("You see: " + ", ".join(sorted(self.room.items)))
        parts.append("Exits: " + " ".join(sorted(self.room.exits)))
        return "\n".join(parts)


hall = Room("Hall", "A long hall with portraits.", ["lamp"])
kitchen = Room("Kitchen", "Smells of old bread.", ["knife", "key"])
vault = Room("Vault", "Glittering walls!", ["gem"])
garden = Room("Garden", "Overgrown and quiet.")
hall.connect("north", kitchen, "south")
hall.connect("east", vault, "west")
kitchen.connect("west", garden, "east")
hall.locked.add("east")

player = Player(hall)
COMMANDS = """look
go east
go north
take key
take spoon
look
go south
go east
take gem
drop lamp
drop key
inventory
go up
score""".splitlines()

for cmd in COMMANDS:
    verb, _, arg = cmd.partition(" ")
    print(f"> {cmd}")
    try:
        if verb == "look":
            print(player.look())
        elif verb == "go":
            print(player.go(arg))
        elif verb == "take":
            print(player.take(arg))
        elif verb == "drop":
            print(player.drop(arg))
        elif verb == "inventory":
            print("You carry:", player.inventory or "nothing")
        elif verb == "score":
            print(f"Score: {player.score} in {player.moves} moves")
        else:
            raise GameError(f"Unknown verb {verb!r}")
    except GameError as e:
        print("!", e)

rooms = [hall, kitchen, vault, garden]
print(rooms, {r.name: sorted(r.exits) for r in rooms})
print(sorted((len(r.items), r.name) for r in rooms))
player.go("sideways")
