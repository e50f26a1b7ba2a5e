;; The float64 matrix product with fused multiply-adds, for stdlib-shims/numpy/_fma.mjs (which
;; holds this module's bytes in base64; runtime/build-wasm.sh assembles it with binaryen's
;; wasm-as and writes them there). Every element of C = A @ B is summed with f64x2.relaxed_madd,
;; p ascending from 0.0: on hardware with FMA (relaxed_madd then fuses; _fma.mjs checks) these
;; are OpenBLAS dgemm's bits for k <= 256, the same as linalg.mjs's emulated `fmaAcc` sums.
;; Relaxed SIMD is its own module because a module using it does not validate where relaxed
;; SIMD is missing (Node 20 without --experimental-wasm-relaxed-simd, older browsers).
;; Blocks of 4 rows by 4 columns stay in 8 f64x2 accumulators; B's 4 columns are packed first.
;; (Wider tiles, 5 or 6 rows in 10 or 12 accumulators, ran 1.4-2x slower: V8 spills them.)
;; The memory is imported: _fma.mjs gives each instance one large enough, since growing one
;; would detach its ArrayBuffer (which slows every later typed-array loop in V8, _fma.mjs).
(module
  (import "e" "m" (memory 1))
  ;; Whether relaxed_madd fuses here: a*b + c rounded once.
  (func (export "p") (param f64 f64 f64) (result f64)
    (f64x2.extract_lane 0
      (f64x2.relaxed_madd (f64x2.splat (local.get 0)) (f64x2.splat (local.get 1)) (f64x2.splat (local.get 2)))))
  ;; a: n x k (C order); b: k x m (C order), or its transpose m x k when bt; c: n x m;
  ;; pk: 32 * k bytes of scratch. Byte addresses; k >= 1.
  (func (export "mm") (param $a i32) (param $b i32) (param $c i32) (param $pk i32)
        (param $n i32) (param $k i32) (param $m i32) (param $bt i32)
    (local $i i32) (local $j i32) (local $k8 i32) (local $m8 i32) (local $n4 i32) (local $m4 i32)
    (local $p0 i32) (local $p1 i32) (local $p2 i32) (local $p3 i32) (local $pb i32) (local $end i32)
    (local $s i32) (local $sb i32)
    (local $c0 v128) (local $c1 v128) (local $c2 v128) (local $c3 v128)
    (local $c4 v128) (local $c5 v128) (local $c6 v128) (local $c7 v128)
    (local $x v128) (local $b0 v128) (local $b1 v128)
    (local.set $k8 (i32.shl (local.get $k) (i32.const 3)))
    (local.set $m8 (i32.shl (local.get $m) (i32.const 3)))
    (local.set $n4 (i32.and (local.get $n) (i32.const -4)))
    (local.set $m4 (i32.and (local.get $m) (i32.const -4)))
    (local.set $end (i32.add (local.get $pk) (i32.shl (local.get $k) (i32.const 5))))
    (local.set $j (i32.const 0))
    (block $jdone
      (loop $jl
        (br_if $jdone (i32.ge_u (local.get $j) (local.get $m4)))
        ;; Pack columns j..j+4 of B: pk[p*4 + v] = B(p, j + v).
        (local.set $pb (local.get $pk))
        (if (local.get $bt)
          (then
            (local.set $s (i32.add (local.get $b) (i32.mul (local.get $j) (local.get $k8))))
            (loop $pl
              (f64.store (local.get $pb) (f64.load (local.get $s)))
              (local.set $p1 (i32.add (local.get $s) (local.get $k8)))
              (f64.store offset=8 (local.get $pb) (f64.load (local.get $p1)))
              (local.set $p1 (i32.add (local.get $p1) (local.get $k8)))
              (f64.store offset=16 (local.get $pb) (f64.load (local.get $p1)))
              (local.set $p1 (i32.add (local.get $p1) (local.get $k8)))
              (f64.store offset=24 (local.get $pb) (f64.load (local.get $p1)))
              (local.set $s (i32.add (local.get $s) (i32.const 8)))
              (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
              (br_if $pl (i32.lt_u (local.get $pb) (local.get $end)))))
          (else
            (local.set $s (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 3))))
            (loop $pl
              (v128.store (local.get $pb) (v128.load (local.get $s)))
              (v128.store offset=16 (local.get $pb) (v128.load offset=16 (local.get $s)))
              (local.set $s (i32.add (local.get $s) (local.get $m8)))
              (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
              (br_if $pl (i32.lt_u (local.get $pb) (local.get $end))))))
        ;; Blocks of 4 rows by these 4 columns, in 8 f64x2 accumulators.
        (local.set $i (i32.const 0))
        (block $idone
          (loop $il
            (br_if $idone (i32.ge_u (local.get $i) (local.get $n4)))
            (local.set $p0 (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $k8))))
            (local.set $p1 (i32.add (local.get $p0) (local.get $k8)))
            (local.set $p2 (i32.add (local.get $p1) (local.get $k8)))
            (local.set $p3 (i32.add (local.get $p2) (local.get $k8)))
            (local.set $c0 (v128.const i64x2 0 0))
            (local.set $c1 (local.get $c0)) (local.set $c2 (local.get $c0)) (local.set $c3 (local.get $c0))
            (local.set $c4 (local.get $c0)) (local.set $c5 (local.get $c0)) (local.set $c6 (local.get $c0))
            (local.set $c7 (local.get $c0))
            (local.set $pb (local.get $pk))
            (loop $kl
              (local.set $b0 (v128.load (local.get $pb)))
              (local.set $b1 (v128.load offset=16 (local.get $pb)))
              (local.set $x (v128.load64_splat (local.get $p0)))
              (local.set $c0 (f64x2.relaxed_madd (local.get $x) (local.get $b0) (local.get $c0)))
              (local.set $c1 (f64x2.relaxed_madd (local.get $x) (local.get $b1) (local.get $c1)))
              (local.set $x (v128.load64_splat (local.get $p1)))
              (local.set $c2 (f64x2.relaxed_madd (local.get $x) (local.get $b0) (local.get $c2)))
              (local.set $c3 (f64x2.relaxed_madd (local.get $x) (local.get $b1) (local.get $c3)))
              (local.set $x (v128.load64_splat (local.get $p2)))
              (local.set $c4 (f64x2.relaxed_madd (local.get $x) (local.get $b0) (local.get $c4)))
              (local.set $c5 (f64x2.relaxed_madd (local.get $x) (local.get $b1) (local.get $c5)))
              (local.set $x (v128.load64_splat (local.get $p3)))
              (local.set $c6 (f64x2.relaxed_madd (local.get $x) (local.get $b0) (local.get $c6)))
              (local.set $c7 (f64x2.relaxed_madd (local.get $x) (local.get $b1) (local.get $c7)))
              (local.set $p0 (i32.add (local.get $p0) (i32.const 8)))
              (local.set $p1 (i32.add (local.get $p1) (i32.const 8)))
              (local.set $p2 (i32.add (local.get $p2) (i32.const 8)))
              (local.set $p3 (i32.add (local.get $p3) (i32.const 8)))
              (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
              (br_if $kl (i32.lt_u (local.get $pb) (local.get $end))))
            (local.set $s (i32.add (local.get $c)
              (i32.shl (i32.add (i32.mul (local.get $i) (local.get $m)) (local.get $j)) (i32.const 3))))
            (v128.store (local.get $s) (local.get $c0))
            (v128.store offset=16 (local.get $s) (local.get $c1))
            (local.set $s (i32.add (local.get $s) (local.get $m8)))
            (v128.store (local.get $s) (local.get $c2))
            (v128.store offset=16 (local.get $s) (local.get $c3))
            (local.set $s (i32.add (local.get $s) (local.get $m8)))
            (v128.store (local.get $s) (local.get $c4))
            (v128.store offset=16 (local.get $s) (local.get $c5))
            (local.set $s (i32.add (local.get $s) (local.get $m8)))
            (v128.store (local.get $s) (local.get $c6))
            (v128.store offset=16 (local.get $s) (local.get $c7))
            (local.set $i (i32.add (local.get $i) (i32.const 4)))
            (br $il)))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $jl)))
    ;; Edges, one element at a time: columns m4.. of the first n4 rows, then the last rows.
    (local.set $sb (select (i32.const 8) (local.get $m8) (local.get $bt)))
    (local.set $i (i32.const 0))
    (block $edone
      (loop $el
        (br_if $edone (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $j (select (local.get $m4) (i32.const 0) (i32.lt_u (local.get $i) (local.get $n4))))
        (block $rdone
          (loop $rl
            (br_if $rdone (i32.ge_u (local.get $j) (local.get $m)))
            (local.set $p0 (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $k8))))
            (local.set $end (i32.add (local.get $p0) (local.get $k8)))
            (local.set $pb (i32.add (local.get $b)
              (select (i32.mul (local.get $j) (local.get $k8)) (i32.shl (local.get $j) (i32.const 3)) (local.get $bt))))
            (local.set $c0 (v128.const i64x2 0 0))
            (loop $kl
              (local.set $c0 (f64x2.relaxed_madd (v128.load64_splat (local.get $p0)) (v128.load64_splat (local.get $pb)) (local.get $c0)))
              (local.set $p0 (i32.add (local.get $p0) (i32.const 8)))
              (local.set $pb (i32.add (local.get $pb) (local.get $sb)))
              (br_if $kl (i32.lt_u (local.get $p0) (local.get $end))))
            (f64.store (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $m)) (local.get $j)) (i32.const 3)))
              (f64x2.extract_lane 0 (local.get $c0)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $rl)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $el)))))
