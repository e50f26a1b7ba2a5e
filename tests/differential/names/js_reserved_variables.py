# Python names that are reserved or special in JavaScript, used as plain variables.
var = 1
let = 2
const = 3
function = 4
new = 5
this = 6
delete = 7
typeof = 8
instanceof = 9
void = 10
default = 11
switch = 12
case = 13
arguments = 14
eval = 15
undefined = 16
null = 17
true = 18
false = 19
static = 20
enum = 21
extends = 22
super_ = 23
implements = 24
interface = 25
package = 26
private = 27
protected = 28
public = 29
yield_ = 30
await_ = 31
do = 32
catch = 33
throw = 34
finally_ = 35
debugger = 36
export = 37
NaN = 38
Infinity = 39
Object = 40
Array = 41
Symbol = 42
Math = 43
JSON = 44
console = 45
window = 46
document = 47
globalThis = 48
require = 49
module = 50
exports = 51
process = 52
Number = 53
String = 54
Boolean = 55
Function = 56
Error = 57
Promise = 58
Map = 59
Set = 60
Date = 61
RegExp = 62
constructor = 63
prototype = 64
__proto__ = 65
toString = 66
valueOf = 67
hasOwnProperty = 68
length = 69
name = 70
values = [var, let, const, function, new, this, delete, typeof, instanceof, void, default, switch, case,
          arguments, eval, undefined, null, true, false, static, enum, extends, super_, implements, interface,
          package, private, protected, public, yield_, await_, do, catch, throw, finally_, debugger, export,
          NaN, Infinity, Object, Array, Symbol, Math, JSON, console, window, document, globalThis, require,
          module, exports, process, Number, String, Boolean, Function, Error, Promise, Map, Set, Date, RegExp,
          constructor, prototype, __proto__, toString, valueOf, hasOwnProperty, length, name]
print(values == list(range(1, 71)), sum(values))
print(var + let * const, new - this, typeof, undefined, null, true and false, NaN, Infinity)
arguments += 1
this *= 2
print(arguments, this, eval, constructor, __proto__, length, name)
del delete
print("delete" in globals(), "typeof" in globals())
for instanceof in range(2):
    pass
print(instanceof)
print([let for let in range(3)], {var: const for var in "ab"})
g = globals()
print(g["__proto__"], g["constructor"], g["toString"], g["prototype"])
