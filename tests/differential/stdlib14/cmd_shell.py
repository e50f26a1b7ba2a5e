# A cmd.Cmd shell driven by stdin: commands, help, defaults, completion-free use, EOF.
import cmd


class Calc(cmd.Cmd):
    intro = "Welcome to calc. Type help or ? to list commands."
    prompt = "(calc) "

    def __init__(self):
        super().__init__()
        self.stack = []

    def do_push(self, arg):
        "Push numbers: push 1 2 3"
        for tok in arg.split():
            try:
                self.stack.append(float(tok))
            except ValueError:
                print(f"*** not a number: {tok}")

    def do_add(self, arg):
        "Add the top two numbers."
        if len(self.stack) < 2:
            print("*** need two numbers")
            return
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a + b)

    def do_mul(self, arg):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a * b)

    def help_mul(self):
        print("Multiply the top two numbers.")

    def do_show(self, arg):
        """Show the stack."""
        print(self.stack)

    def do_EOF(self, arg):
        print("bye (EOF)")
        return True

    def do_quit(self, arg):
        "Quit the shell."
        print("bye")
        return True

    def default(self, line):
        print("unknown:", line)

    def emptyline(self):
        print("(empty line)")

    def precmd(self, line):
        return line.strip()

    def postcmd(self, stop, line):
        if line and not stop:
            print("  stack depth", len(self.stack))
        return stop


Calc().cmdloop()

c = Calc()
c.onecmd("push 2 3")
c.onecmd("mul")
c.onecmd("show")
print(c.parseline("push 1 2"), c.parseline("?add"), c.parseline("!ls"), c.parseline(""))
print(c.completenames("p"), c.completenames("s"), "do_add" in c.get_names())
c.cmdloop("second loop")
