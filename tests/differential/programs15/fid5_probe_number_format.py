# int/float formatting corners
vals = [0, 1, -1, 7, 255, -255, 1234567, 2**64, -(2**70)]
for v in vals:
    print(repr(format(v, 'n')), format(v, '=^+#12_x'), format(v, '<+#14_b')[:14], format(v, '^#10o'))
for spec in ['n', '.3n', '10n', 'e', '.0e', '#.0e', '.3g', '#.3g', 'g', '#g', '.0f', '#.0f', '+.2%', ' .1f', '015,.2f', '=+12.3f', '_.2f', ',.3g']:
    row = []
    for x in [0.0, -0.0, 1.5, 2.5, 1234.5678, 1e-5, 123456789.0, 1e16, float('inf'), float('nan'), -1e-300]:
        try:
            row.append(format(x, spec))
        except ValueError as e:
            row.append('ERR:' + str(e))
    print(spec, row)
for fmt in ['%.3g', '%g', '%#g', '%10.4e', '%-10.2f|', '%+d', '% d', '%05d', '%x', '%#X', '%o', '%#o', '%c', '%r', '%a', '%s', '%%']:
    args = {'%c': 0x263A, '%r': 'é', '%a': 'é\n', '%s': [1, 'x'], '%%': ()}.get(fmt, 42.125 if 'g' in fmt or 'e' in fmt or 'f' in fmt else 42)
    print(repr(fmt), repr(fmt % args))
print('%r' % ([1, (2, '3')], ), '%s|%r' % ({'a': [None]}, {'b': (1.0,)}))
print('%(a)s-%(b)05.1f-%(a)r' % {'a': 'x', 'b': 2.25})
print('%*d|%-*d|%.*f' % (5, 42, 5, 42, 2, 3.14159))
print(f"{'é'!a} {['ü', 1]!a} {'x'!r:>6} {3.0!s:^7}|")
print(format(1234567.891, ','), format(1234567, '_d'), format(0.1, '.17g'), format(1/3, '.20f'))
print(format(True, 'd'), format(True, ''), format(False, '>5'), f"{True:x}", f"{None!r:>6}")
for bad in ['.2d', 'z', ',x', '_c', '=s']:
    for val in (5, 5.0, 'five'):
        try:
            print(bad, repr(val), format(val, bad))
        except (ValueError, TypeError) as e:
            print(bad, repr(val), type(e).__name__, e)
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(15, -1))
print(round(0.5 + 1e-16, 0), round(1e300, 2), round(2.5, 0), round(3.5, None), type(round(2.5, 0)))
print(hex(-255), oct(-8), bin(-5), int('-0x1f', 16), int('0b101', 0), int('0o17', 0), int(' 1_000 '))
print(1e22, 1e21, 1e16, 1.0e15, 123456789012345678.0, 0.0001, 0.00001, -1e-7, 5e-324, 1.7976931348623157e308)
