# Referencing an undefined name (no similar name exists, so no suggestion is printed).
values = [1, 2, 3]
print(sum(values))
print(zzqx_totally_undefined_quux)
