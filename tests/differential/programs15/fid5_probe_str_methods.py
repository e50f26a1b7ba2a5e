tests = ['a,b,c', ',lead', 'trail,', 'none', '']
for t in tests:
    print(repr(t), t.partition(','), t.rpartition(','), t.split(',', 1), t.rsplit(',', 1))
for s in ['-42', '+7', '42', '-', '', 'abc', '-0x', '٣']:
    print(repr(s), s.zfill(5), s.zfill(1), s.rjust(5, '0'))
for s in ["they're bill's friends", "o'neil mcdonald-smith", "hello wORLD 3rd 42nd", "ǆemal", "ß straße", "ﬁne ﬂow"]:
    print(s.title(), s.capitalize(), s.swapcase(), s.upper(), s.lower(), s.casefold(), s.istitle())
print('ß'.swapcase(), 'ẞ'.swapcase(), 'İ'.lower(), len('İ'.lower()), 'ŉ'.upper(), 'ﬀ'.upper(), 'Σ'.lower(), 'ΑΣ'.lower(), 'ΑΣ Β'.lower())
print('pre-fix'.removeprefix('pre-'), 'pre-fix'.removeprefix('x'), 'file.tar.gz'.removesuffix('.gz'), 'abc'.removesuffix(''))
t1 = str.maketrans('abc', 'xyz', 'd')
print(t1, 'abcdabcd'.translate(t1))
t2 = str.maketrans({'a': 'AA', 'b': None, 'c': 67})
print(sorted(t2.items()), 'abcabc'.translate(t2), 'hello'.translate({ord('l'): 'L', 104: None}))
print('xyz'.translate({120: 'Δ', 121: 0x1F600}))
try:
    str.maketrans('ab', 'c')
except ValueError as e:
    print('ValueError', e)
try:
    str.maketrans({'ab': 1})
except ValueError as e:
    print('ValueError', e)
try:
    'a'.translate({97: 3.5})
except TypeError as e:
    print('TypeError', e)
class D(dict):
    def __missing__(self, key):
        return f'<{key}>'
print('{a} and {b} and {c.real}'.format_map(D(a=1, c=2j)), '{x[0]}{x[1]}'.format_map({'x': 'hi'}))
try:
    '{a}'.format_map({})
except KeyError as e:
    print('KeyError', e)
for w in range(0, 12):
    print(repr('abc'.center(w, '*')), repr('ab'.center(w)), repr(''.center(w, '-')))
print('a\tb\tc'.expandtabs(4), 'ab\tc\n1234\td'.expandtabs(), repr('x\ty'.expandtabs(0)))
print('  x  '.strip(), 'xxhixx'.strip('x'), 'abcba'.lstrip('ab'), '\u2003 y \u00a0'.strip(), '\x1c a \x1f'.split())
print('a b  c'.split(' '), 'a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h'.splitlines(), 'x\n\ny\n'.splitlines(True))
print('abcabc'.find('c', -2), 'abcabc'.rfind('c', 0, -1), 'abc'.index('c', -1), 'aaa'.count('aa'), 'aaa'.count(''), ''.count(''))
print('abc'.startswith(('x', 'ab')), 'abc'.endswith('bc', 0, 2), 'abc'.startswith('', 5), 'abc'.find('', 4), 'abc'.find('', 3))
print('Hello'.ljust(8, '.'), '%-8s|' % 'Hi', '12'.isdigit(), '½'.isnumeric(), '½'.isdigit(), '²'.isdigit(), '²'.isdecimal(), 'x1'.isidentifier(), '1x'.isidentifier())
print(', '.join(map(str, range(5))), '-'.join('abc'), ''.join([]), 'a'.join(['', '']), 'ab' * 3, 3 * 'ab', 'ab' * -1)
print('ａｂｃ'.upper(), 'Straße'.casefold() == 'STRASSE'.casefold(), sorted(['b', 'A', 'a', 'B', 'é', 'e']), sorted(['b', 'A', 'a'], key=str.lower))
print('%s' % 'ab'[::-1], 'hello world'[::-2], 'abc'[10:], 'abc'[-10:2], '😀a😀'[1], len('😀a😀'), '😀a😀'[::-1], 'a😀b'.index('b'))
try:
    'abc'.index('z')
except ValueError as e:
    print('ValueError', e)
try:
    'a'.center(5, 'xy')
except TypeError as e:
    print('TypeError', e)
print(str(b'abc', 'ascii'), str(b'\xe9', 'latin-1'), 'é'.encode('utf-8'), 'é'.encode('latin-1'), 'x😀'.encode('utf-16-le'))
