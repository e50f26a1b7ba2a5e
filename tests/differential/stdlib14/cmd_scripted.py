# cmd.Cmd with a custom stdin/stdout (use_rawinput off) and a command queue.
import cmd
import io


class Todo(cmd.Cmd):
    prompt = "todo> "
    doc_header = "Commands:"
    ruler = "-"

    def __init__(self, **kw):
        super().__init__(**kw)
        self.items = []

    def do_add(self, arg):
        """add TEXT: add an item"""
        self.items.append(arg)
        self.stdout.write(f"added #{len(self.items)}\n")

    def do_list(self, arg):
        """list: show items"""
        for i, t in enumerate(self.items, 1):
            self.stdout.write(f"{i}. {t}\n")

    def do_done(self, arg):
        """done N: remove item N"""
        try:
            t = self.items.pop(int(arg) - 1)
            self.stdout.write(f"done: {t}\n")
        except (ValueError, IndexError):
            self.stdout.write("bad index\n")

    def do_exit(self, arg):
        return True

    def preloop(self):
        self.stdout.write("[preloop]\n")

    def postloop(self):
        self.stdout.write("[postloop]\n")


inp = io.StringIO("add buy milk\nadd write tests\nlist\ndone 1\ndone 9\nlist\nhelp\nexit\nlist\n")
out = io.StringIO()
t = Todo(stdin=inp, stdout=out)
t.use_rawinput = False
t.cmdqueue = ["add queued first"]
t.cmdloop()
print(out.getvalue())
print(t.lastcmd, t.items, repr(inp.readline()))

t2 = Todo(stdout=io.StringIO())
print(t2.onecmd("add x"), t2.onecmd("exit"), t2.onecmd("nonsense"))
print(t2.stdout.getvalue())
